package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every link to a rule's documentation, in the rules, SARIF and the HTML report, names a page in docs/rules/. */
class DocLinksTest {
    private static final String REPOSITORY = "https://github.com/postlint/postlint";
    private static final Pattern DOC_LINK = Pattern.compile("https?://[^\"'<>\\s]*?/docs/rules/[^\"'<>\\s]*");

    @TempDir
    Path dir;

    private static void assertPage(String url) {
        String prefix = REPOSITORY + "/blob/main/docs/rules/";
        assertTrue(url.startsWith(prefix), url + " is not under " + prefix);
        String page = url.substring(prefix.length());
        assertTrue(page.endsWith(".md") && Files.isRegularFile(Path.of("../docs/rules").resolve(page)),
                url + " names no file in docs/rules/");
    }

    @Test
    void everyRulesDocUrlNamesItsPage() {
        for (Rule rule : RuleRegistry.loadBuiltIn().all()) {
            assertPage(rule.docUrl());
            assertTrue(rule.docUrl().endsWith("/" + rule.id() + ".md"), rule.docUrl());
        }
    }

    @Test
    void sarifAndHtmlReportsLinkOnlyToExistingPages() throws Exception {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        Path sarif = dir.resolve("r.sarif");
        Path html = dir.resolve("r.html");
        CliRun run = CliRun.of("check", examples.toString(), "--offline", "--no-cache", "--format", "sarif", "--output",
                sarif.toString(), "--format", "html", "--output", html.toString());
        assertEquals(1, run.exitCode(), run.err());
        for (Path report : new Path[] {sarif, html}) {
            Set<String> links = new TreeSet<>();
            Matcher m = DOC_LINK.matcher(Files.readString(report));
            while (m.find()) {
                links.add(m.group());
            }
            assertFalse(links.isEmpty(), report + " links to no rule page");
            links.forEach(DocLinksTest::assertPage);
        }
    }
}
