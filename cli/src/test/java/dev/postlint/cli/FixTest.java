package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix} and {@code --fix --dry-run} on real files: what changes, and what never does. */
class FixTest {
    private static final String YAML_BEFORE = """
            ---
            title: "  Notes on the spring garden "
            description: 'Why we plant early, and what the frost taught us this year. '
            image: /img/spring beds.png
            ---
            Intro with ![Beds in April](/img/april beds.png "April") and <img src="/img/may beds.png" alt="May">.
            """;
    private static final String YAML_AFTER = """
            ---
            title: "Notes on the spring garden"
            description: 'Why we plant early, and what the frost taught us this year.'
            image: /img/spring%20beds.png
            ---
            Intro with ![Beds in April](/img/april%20beds.png "April") and <img src="/img/may%20beds.png" alt="May">.
            """;

    @TempDir
    Path site;
    Path config;

    @BeforeEach
    void setUp() throws Exception {
        config = Files.writeString(site.resolve(".postlint.yml"), "rules:\n  seo: off\n  readability: off\n");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--offline", "--no-cache"));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void fixRewritesTheFixableFindingsAndListsThem() throws Exception {
        Path post = Files.writeString(site.resolve("post.md"), YAML_BEFORE);
        CliRun fixed = run(post.toString(), "--fix");
        assertEquals(YAML_AFTER, Files.readString(post));
        assertEquals(List.of(
                "postlint: fixed " + post + ":2:9: front-matter-whitespace: removed the spaces inside the quotes",
                "postlint: fixed " + post + ":2:37: front-matter-whitespace: removed the space inside the quotes",
                "postlint: fixed " + post + ":3:74: front-matter-whitespace: removed the space inside the quotes",
                "postlint: fixed " + post + ":4:8: image-path-spaces: wrote the spaces in '/img/spring beds.png' as %20",
                "postlint: fixed " + post + ":6:29: image-path-spaces: wrote the spaces in '/img/april beds.png' as %20",
                "postlint: fixed " + post + ":6:72: image-path-spaces: wrote the spaces in '/img/may beds.png' as %20",
                "postlint: applied 6 fixes"), fixed.err().lines().toList());
        assertEquals(0, fixed.exitCode(), fixed.out());
        assertTrue(fixed.out().startsWith("No problems"), "the report is of the fixed file: " + fixed.out());
    }

    @Test
    void tomlAndJsonFrontMatterKeepTheirStyle() throws Exception {
        Path toml = Files.writeString(site.resolve("toml.md"), "+++\ntitle = \" A TOML title \"\n+++\nText.\n");
        Path json = Files.writeString(site.resolve("json.md"), "{\n  \"title\": \"A JSON title \"\n}\nText.\n");
        run(toml.toString(), json.toString(), "--fix");
        assertEquals("+++\ntitle = \"A TOML title\"\n+++\nText.\n", Files.readString(toml));
        assertEquals("{\n  \"title\": \"A JSON title\"\n}\nText.\n", Files.readString(json));
    }

    @Test
    void lineEndingsByteOrderMarkAndPermissionsStayAndALinkStaysALink() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path post = site.resolve("crlf.md");
        Files.write(post, concat(bom, YAML_BEFORE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createSymbolicLink(site.resolve("link.md"), post.getFileName());
        run(link.toString(), "--fix");
        assertArrayEquals(concat(bom, YAML_AFTER.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(post));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(post)));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFileWithAFrontMatterErrorOrInvalidUtf8IsNeverRewritten() throws Exception {
        String broken = "---\ntitle: \" Spaced \"\ntitle: again\n---\n![x](/a b.png)\n";
        Path post = Files.writeString(site.resolve("broken.md"), broken);
        byte[] latin1 = "---\ntitle: \" Caf\u00e9 \"\n---\n![x](/a b.png)\n".getBytes(StandardCharsets.ISO_8859_1);
        Path other = Files.write(site.resolve("latin1.md"), latin1);
        CliRun run = run(post.toString(), other.toString(), "--fix");
        assertEquals(broken, Files.readString(post));
        assertArrayEquals(latin1, Files.readAllBytes(other));
        assertEquals(List.of("postlint: applied 0 fixes"), run.err().lines().toList());
        assertEquals(1, run.exitCode());
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndChangesNothing() throws Exception {
        Path post = Files.writeString(site.resolve("post.md"), YAML_BEFORE);
        CliRun dry = run(post.toString(), "--fix", "--dry-run");
        assertEquals(YAML_BEFORE, Files.readString(post));
        assertEquals(0, dry.exitCode());
        String name = post.toString();
        assertEquals("--- a/" + name + "\n+++ b/" + name + "\n@@ -1,6 +1,6 @@\n ---\n"
                + "-title: \"  Notes on the spring garden \"\n"
                + "-description: 'Why we plant early, and what the frost taught us this year. '\n"
                + "-image: /img/spring beds.png\n"
                + "+title: \"Notes on the spring garden\"\n"
                + "+description: 'Why we plant early, and what the frost taught us this year.'\n"
                + "+image: /img/spring%20beds.png\n ---\n"
                + "-Intro with ![Beds in April](/img/april beds.png \"April\") and <img src=\"/img/may beds.png\" alt=\"May\">.\n"
                + "+Intro with ![Beds in April](/img/april%20beds.png \"April\") and <img src=\"/img/may%20beds.png\" alt=\"May\">.\n",
                dry.out());
        assertTrue(dry.err().endsWith("postlint: would apply 6 fixes\n"), dry.err());
        assertEquals(2, run(post.toString(), "--dry-run").exitCode(), "--dry-run alone is a usage error");
    }

    @Test
    void summaryAndDateFixesOnlyWhenTheRunSaysWhichSideIsRight() throws Exception {
        String text = """
                ---
                title: Three steps to a sale
                date: 2024-05-02 09:30:00 +0200
                ---
                In this post:

                1. Understand the sales process.
                2. Find customers

                ## 1. Understand the selling process

                ## 2. Find customers
                """;
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (boolean windows : new boolean[] {false, true}) {
            java.util.function.Function<String, byte[]> bytes = t -> windows
                    ? concat(bom, t.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))
                    : t.getBytes(StandardCharsets.UTF_8);
            Files.writeString(config, "rules:\n  seo: off\n  readability: off\n");
            Path post = Files.write(site.resolve("2024-05-01-steps.md"), bytes.apply(text));
            run(post.toString(), "--fix");
            assertArrayEquals(bytes.apply(text), Files.readAllBytes(post), "no side named: nothing changes");
            Files.writeString(config, "rules:\n  seo: off\n  readability: off\n  front-matter-date: {truth: file-name}\n");
            CliRun fixed = run(post.toString(), "--fix", "--fix-summary=summary");
            String dated = text.replace("date: 2024-05-02", "date: 2024-05-01");
            assertArrayEquals(bytes.apply(dated.replace("1. Understand the sales process.",
                    "1. Understand the selling process.")), Files.readAllBytes(post), fixed.err());
            Files.write(post, bytes.apply(dated));
            run(post.toString(), "--fix", "--fix-summary=headings");
            assertArrayEquals(bytes.apply(dated.replace("## 1. Understand the selling process",
                    "## 1. Understand the sales process")), Files.readAllBytes(post));
            assertEquals("postlint: --fix-summary takes summary or headings and goes with --fix\n",
                    run(post.toString(), "--fix", "--fix-summary=both").err());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
