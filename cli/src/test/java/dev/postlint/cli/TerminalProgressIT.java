package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress as a user sees it on a terminal: the runnable jar in a pseudo-terminal ({@code script}), over
 * the corpus's Node.js blog (a run of several seconds). {@code --quiet} shows none.
 */
class TerminalProgressIT {
    @TempDir
    Path dir;

    private String inTerminal(String arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " -jar " + Path.of(System.getProperty("postlint.jar")).toAbsolutePath() + " " + arguments;
        ProcessBuilder builder = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null")
                .redirectErrorStream(true).redirectOutput(dir.resolve("tty.txt").toFile());
        builder.environment().remove("CI");
        builder.environment().put("TERM", "xterm");
        Process p = builder.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
        assertEquals(1, p.exitValue(), Files.readString(dir.resolve("tty.txt"), StandardCharsets.UTF_8));
        return Files.readString(dir.resolve("tty.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void aLongRunShowsFilesDoneOfTotalAndQuietShowsNone() throws Exception {
        Path blog = SharedFiles.root().resolve("corpus/nodejs-blog");
        String shown = inTerminal("check " + blog + " --offline --no-cache");
        assertTrue(shown.matches("(?s).*\\rChecking files \\[[#-]{30}] \\d+/\\d+ \\(\\d+ files/s\\).*"), shown.substring(0, 300));
        assertTrue(shown.contains("\u001b[31merror") || shown.contains("\u001b[33mwarning"), "colour on a terminal");
        String quiet = inTerminal("check " + blog + " --offline --no-cache --quiet");
        assertFalse(quiet.contains("Checking files"), "no progress with --quiet");
        assertFalse(quiet.contains("problems ("), "no summary with --quiet");
    }
}
