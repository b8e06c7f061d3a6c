package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParagraphLengthRuleTest {
    private final ParagraphLengthRule rule = new ParagraphLengthRule();

    @Test
    void boundaryAt150WordsInGermanAndEnglish() {
        assertEquals(List.of(), check(rule, "p.md", "Straße ".repeat(150) + "\n"));
        var findings = check(rule, "p.md", "Short one.\n\n" + "word ".repeat(151) + "\n\n- item " + "x ".repeat(160) + "\n");
        assertEquals(List.of("3:1", "5:3"), positions(findings));
        assertEquals("This paragraph has 151 words; paragraphs over 150 words are hard to read on a phone. Split it.",
                findings.get(0).message());
        assertEquals(List.of(), check(rule, "p.md", "word ".repeat(151) + "\n", Map.of("maxWords", 200)));
    }
}
