package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report can never do: drive the reader's terminal, land on a checked file, or replace a device. */
class OutputSafetyTest {
    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void setUp() throws Exception {
        config = Files.writeString(dir.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
    }

    private CliRun check(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("check", "--offline", "--no-cache",
                "--config", config.toString(), "--color", "never"));
        all.addAll(java.util.List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void controlCharactersFromPostsReachNoTerminal() throws Exception {
        Path post = Files.writeString(dir.resolve("post.md"), "---\ntitle: Hostile\n---\n"
                + "<img src=\"/img/a \u001b]0;owned\u0007\u001b[2J.png\" alt=\"x\">\n");
        for (String format : new String[] {"text", "github"}) {
            String out = check(post.toString(), "--format", format).out();
            assertTrue(out.contains("image-path-spaces"), out);
            assertFalse(out.chars().anyMatch(c -> c == 0x1b || c == 0x07), format + " output holds raw control characters");
            assertTrue(out.contains("\\x1b]0;owned\\x07\\x1b[2J"), out);
        }
    }

    @Test
    void aReportNeverLandsOnACheckedFileThroughALinkedFolderNorOnADeviceOrFifo() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        Path notes = Files.writeString(dir.resolve("site/notes.txt"), "keep me\n");
        Path post = Files.writeString(dir.resolve("site/post.md"), "---\ntitle: Fine\n---\nFine.\n");
        Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("site"));
        CliRun viaLink = check(post.toString(), notes.toString(), "--output", dir.resolve("alias/notes.txt").toString());
        assertEquals(2, viaLink.exitCode());
        assertTrue(viaLink.err().contains("it is one of the checked files"), viaLink.err());
        assertEquals("keep me\n", Files.readString(notes));

        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        mkfifo.waitFor(10, TimeUnit.SECONDS);
        CliRun toFifo = check(post.toString(), "--output", fifo.toString());
        assertEquals(2, toFifo.exitCode());
        assertTrue(toFifo.err().contains("it is not a regular file"), toFifo.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still a FIFO");
        CliRun toFolder = check(post.toString(), "--output", dir.resolve("site").toString() + "/");
        assertEquals(2, toFolder.exitCode());

        Path real = Files.writeString(dir.resolve("real-report.txt"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("report-link.txt"), real);
        assertEquals(0, check(post.toString(), "--output", link.toString()).exitCode());
        assertTrue(Files.isSymbolicLink(link), "a link given as --output stays a link");
        assertTrue(Files.readString(real).startsWith("No problems"), "the report is written where the link points");
    }
}
