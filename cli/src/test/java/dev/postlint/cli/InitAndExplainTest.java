package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitAndExplainTest {
    @TempDir
    Path dir;

    @Test
    void initWritesACommentedConfigForTheGeneratorThatChecksCleanAndNeverOverwrites() throws Exception {
        Files.writeString(dir.resolve("hugo.toml"), "baseURL = 'https://example.org/'\n");
        Files.createDirectories(dir.resolve("content"));
        CliRun init = CliRun.of("init", dir.toString());
        assertEquals(0, init.exitCode(), init.err());
        Path config = dir.resolve(".postlint.yml");
        assertEquals("postlint: wrote " + config + " for a Hugo site\n", init.out());
        String text = Files.readString(config);
        assertTrue(text.contains("# A Hugo site: postlint reads its config"), text);
        assertTrue(text.contains("  # inline-style:              error    # A <style> element"), text);
        Files.writeString(dir.resolve("content/post.md"), "---\ntitle: A post\n---\nText.\n");
        assertEquals(0, CliRun.of("check", dir.toString(), "--config", config.toString(), "--offline",
                "--fail-on", "error").exitCode());
        Files.writeString(config, "# mine\n");
        CliRun again = CliRun.of("init", dir.toString());
        assertEquals(2, again.exitCode());
        assertEquals("postlint: " + config + " exists; it was left as it is\n", again.err());
        assertEquals("# mine\n", Files.readString(config));
    }

    @Test
    void explainPrintsTheRulesPageAndSuggestsAClosename() {
        CliRun explain = CliRun.of("explain", "inline-style");
        assertEquals(0, explain.exitCode());
        assertTrue(explain.out().startsWith("# inline-style\n\n**Default severity:** error"), explain.out());
        assertTrue(explain.out().contains("## How to fix"));
        CliRun category = CliRun.of("explain", "suppressions");
        assertTrue(category.out().startsWith("suppression-unknown"), category.out());
        CliRun typo = CliRun.of("explain", "inline-styles");
        assertEquals(2, typo.exitCode());
        assertEquals("postlint: unknown rule 'inline-styles' (did you mean 'inline-style'?); 'postlint rules' lists "
                + "the rules\n", typo.err());
    }
}
