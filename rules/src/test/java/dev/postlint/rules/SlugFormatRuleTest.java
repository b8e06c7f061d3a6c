package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlugFormatRuleTest {
    private final SlugFormatRule rule = new SlugFormatRule();

    @Test
    void cleanSlugsAndIndexPages() {
        assertEquals(List.of(), check(rule, "2024-01-01-seven-goals-for-2024.md", "# x\n"));
        assertEquals(List.of(), check(rule, "README.md", "# x\n"));
        assertEquals(List.of(), check(rule, "_index.md", "# x\n"));
    }

    @Test
    void germanFileNameGetsATransliteratedSuggestion() {
        var findings = check(rule, "2024-01-01-Größte_Fehler beim Gärtnern.md", "# x\n");
        assertEquals(List.of("1:1"), positions(findings));
        assertEquals("The file name slug 'Größte_Fehler beim Gärtnern' has capital letters, spaces, underscores, "
                + "letters outside ASCII such as umlauts; such URLs are hard to type, share and read, and get "
                + "percent-encoded. Use 'groesste-fehler-beim-gaertnern'.", findings.get(0).message());
    }

    @Test
    void frontMatterSlugIsReportedAtItsValueAndLengthBoundary() {
        assertEquals(List.of("2:7"), positions(check(rule, "p.md", "---\nslug: My_Post\n---\n")));
        assertEquals(List.of(), check(rule, "p.md", "---\nslug: " + "a".repeat(75) + "\n---\n"));
        var longOne = check(rule, "p.md", "---\nslug: " + "word-".repeat(15) + "x\n---\n");
        assertEquals("The slug '" + "word-".repeat(15) + "x' has 76 characters (more than 75); such URLs are hard to "
                + "type, share and read, and get percent-encoded. Use '" + "word-".repeat(14) + "word'.",
                longOne.get(0).message());
        assertEquals(List.of(), check(rule, "p.md", "---\nslug: " + "a".repeat(90) + "\n---\n", Map.of("maxLength", 90)));
    }
}
