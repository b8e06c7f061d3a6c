package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SingleH1RuleTest {
    private final SingleH1Rule rule = new SingleH1Rule();

    @Test
    void bodyH1WhenTheTitleIsAlreadyH1() {
        assertEquals(List.of(), check(rule, "p.md", "## Einleitung\n"));
        var findings = check(rule, "p.md", "---\ntitle: t\n---\n# Überschrift\n\nText\n\nZweite\n======\n");
        assertEquals(List.of("4:1", "8:1"), positions(findings));
        assertEquals("This h1 is a second main heading: the layout already shows the title as h1. Make it an h2 (##).",
                findings.get(0).message());
    }

    @Test
    void withoutTitleAsH1OnlyTheSecondOneCounts() {
        var findings = check(rule, "p.md", "# One\n\n# Two\n", Map.of("titleIsH1", false));
        assertEquals(List.of("3:1"), positions(findings));
        assertEquals(1, findings.get(0).related().get(0).line());
        assertEquals(List.of(), check(rule, "p.md", "# Only one\n", Map.of("titleIsH1", false)));
    }
}
