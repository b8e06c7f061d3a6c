package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordCountRuleTest {
    private final WordCountRule rule = new WordCountRule();

    @Test
    void threeHundredWordsIsEnoughAndCodeAndMarkupDoNotCount() {
        String words = "Gärten ".repeat(300);
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: t\n---\n" + words + "\n"));
        String post = "---\ntitle: t\n---\n" + "Wort ".repeat(299) + "`code wird nicht gezählt`\n\n"
                + "```\nviele wörter im codeblock\n```\n\n<div class=\"x\">\n</div>\n";
        var findings = check(rule, "p.md", post);
        assertEquals(List.of("4:1"), positions(findings));
        assertEquals("The post has 299 words; posts under 300 words rarely rank, because search engines see little to "
                + "go on.", findings.get(0).message());
    }

    @Test
    void urlsAndNumbersAreOneWordEachAndTheMinimumIsConfigurable() {
        var findings = check(rule, "p.md", "See https://example.com/a/b?c=d and version 3.5.1 here.\n");
        assertEquals("The post has 6 words; posts under 300 words rarely rank, because search engines see little to "
                + "go on.", findings.get(0).message());
        assertEquals(List.of(), check(rule, "p.md", "Kurz und gut.\n", Map.of("minWords", 3)));
    }
}
