package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the CLI meets a hand that types: help, mistakes and their suggestions, defaults taken from names. */
class CliUsageTest {
    @TempDir
    Path dir;
    Path post;
    Path config;

    @BeforeEach
    void site() throws Exception {
        config = Files.writeString(dir.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        post = Files.writeString(dir.resolve("post.md"), "---\ntitle: Spring\n---\n<b style=\"x\">!</b> ![](a.png)\n");
    }

    private CliRun check(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("check", post.toString(), "--offline", "--no-cache",
                "--config", config.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuiltAndEverythingElseSeesThemAll() {
        assertEquals(java.util.Set.of("check"),
                PostlintCommand.newCommandLine(new String[] {"check", "."}).getSubcommands().keySet());
        java.util.Set<String> all = java.util.Set.of("check", "baseline", "init", "explain", "rules", "site", "schema",
                "lsp", "help");
        assertEquals(all, PostlintCommand.newCommandLine(new String[] {"help", "check"}).getSubcommands().keySet());
        assertEquals(all, PostlintCommand.newCommandLine(new String[] {"--help"}).getSubcommands().keySet());
        assertEquals(all, PostlintCommand.newCommandLine(new String[] {"chek"}).getSubcommands().keySet());
    }

    @Test
    void noArgumentsIsShortUsageAndAUsageError() {
        CliRun none = CliRun.of();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("Usage: postlint [-hV] [COMMAND]"), none.err());
        CliRun help = CliRun.of("help", "check");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: postlint check "), help.out());
    }

    @Test
    void unknownCommandsOptionsFormatsAndRulesGetTheClosestName() {
        assertEquals("postlint: Unmatched argument at index 0: 'chek'\nDid you mean 'check'?\n"
                + "Run 'postlint help' for usage.\n", CliRun.of("chek").err());
        CliRun option = check("--formt", "json");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().contains("Did you mean '--format'?\nRun 'postlint help check' for usage."),
                option.err());
        assertTrue(check("--format", "jsno").err().contains("unknown format 'jsno' (did you mean 'json'?)"));
        CliRun rule = check("--disable", "inline-styles");
        assertEquals(2, rule.exitCode());
        assertEquals("postlint: --disable: unknown rule 'inline-styles' (did you mean 'inline-style'?); 'postlint "
                + "rules' lists the rules\n", rule.err());
    }

    @Test
    void valuesAreCaseInsensitive() {
        assertTrue(check("--format", "JSON").out().startsWith("{"));
        assertEquals(0, check("--fail-on", "NEVER").exitCode());
        assertEquals(0, check("--color", "Never", "--fail-on", "never").exitCode());
    }

    @Test
    void enableAndDisableRulesAndCategoriesForOneRun() {
        assertTrue(check("--format", "json").out().contains("\"inline-style\""));
        String withoutStyle = check("--format", "json", "--disable", "style").out();
        assertTrue(!withoutStyle.contains("\"inline-style\"") && withoutStyle.contains("\"image-alt-missing\""));
        String only = check("--format", "json", "--disable", "images,style", "--enable", "inline-style").out();
        assertTrue(only.contains("\"inline-style\"") && !only.contains("\"image-alt-missing\""), only);
    }

    @Test
    void anOutputFileNamesItsFormatOrTheRunSaysWhyNot() throws Exception {
        Path sarif = dir.resolve("report.sarif");
        check("--output", sarif.toString());
        assertTrue(Files.readString(sarif).contains("\"$schema\""), "SARIF from the file name");
        Path html = dir.resolve("report.html");
        check("--output", html.toString());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        CliRun xml = check("--output", dir.resolve("report.xml").toString());
        assertEquals(2, xml.exitCode());
        assertEquals("postlint: --output " + dir.resolve("report.xml") + ": an .xml report is junit or checkstyle; "
                + "say which with --format\n", xml.err());
    }

    @Test
    void aPostFromStandardInputIsCheckedAsTheFileItStandsFor() throws Exception {
        java.io.InputStream original = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("---\ntitle: Piped\n---\n<i style=\"x\">y</i>\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("check", "-", "--stdin-filename", dir.resolve("drafts/piped.md").toString(),
                    "--offline", "--config", config.toString(), "--format", "json");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.out().contains("\"file\": \"" + dir.resolve("drafts/piped.md") + "\""), run.out());
            assertTrue(run.out().contains("\"rule\": \"inline-style\""), run.out());
            assertTrue(!Files.exists(dir.resolve("drafts")), "nothing is written for it");
        } finally {
            System.setIn(original);
        }
        CliRun mixed = CliRun.of("check", "-", post.toString(), "--offline");
        assertEquals(2, mixed.exitCode());
        assertEquals("postlint: '-' (standard input) must be the only path\n", mixed.err());
    }

    @Test
    void missingPathsAreEachReportedTheRestChecked() {
        CliRun run = CliRun.of("check", post.toString(), dir.resolve("nope.md").toString(), dir.resolve("gone").toString(),
                "--offline", "--no-cache", "--config", config.toString());
        assertEquals(2, run.exitCode());
        assertEquals("postlint: no such file or folder: " + dir.resolve("nope.md") + "\npostlint: no such file or "
                + "folder: " + dir.resolve("gone") + "\n", run.err());
        assertTrue(run.out().contains("inline-style"), "the post that exists was checked");
        CliRun none = CliRun.of("check", dir.resolve("nope.md").toString(), "--offline");
        assertEquals(2, none.exitCode());
        assertEquals("postlint: no such file or folder: " + dir.resolve("nope.md") + "\n", none.err());
    }
}
