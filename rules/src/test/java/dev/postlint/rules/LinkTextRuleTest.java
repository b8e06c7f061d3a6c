package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkTextRuleTest {
    private final LinkTextRule rule = new LinkTextRule();

    @Test
    void descriptiveTextMailAndSamePageLinksAreFine() {
        assertEquals(List.of(), check(rule, "p.md", "Read [how we plan a month](/plan/) or write to <a@b.de>. "
                + "[Hier](#top) is same-page.\n"));
    }

    @Test
    void germanAndEnglishPhrasesAndBareUrls() {
        var findings = check(rule, "p.md", "Mehr dazu [hier](/a/). [Weiterlesen …](/b/)\n\n"
                + "[Click here!](/c/) <https://example.com> [https://example.org](https://example.org)\n\n"
                + "<a href=\"/d/\">mehr</a>\n");
        assertEquals(List.of("1:11", "1:24", "3:1", "3:20", "3:42", "5:1"), positions(findings));
        assertEquals("The link text \"hier\" does not say where the link leads; screen-reader users hear links on their "
                + "own and search engines use the text to understand the target. Describe the target instead.",
                findings.get(0).message());
        assertEquals("The link text is the bare address https://example.com; write a few words about the target "
                + "instead, which reads better and helps search engines.", findings.get(3).message());
    }

    @Test
    void configuredPhrasesAndBareUrlsOff() {
        assertEquals(List.of("1:1"), positions(check(rule, "p.md", "[siehe unten](/x/) [hier](/y/)\n",
                Map.of("phrases", List.of("siehe unten")))));
        assertEquals(List.of(), check(rule, "p.md", "<https://example.com>\n", Map.of("bareUrls", false)));
    }
}
