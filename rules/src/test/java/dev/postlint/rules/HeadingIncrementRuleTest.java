package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadingIncrementRuleTest {
    private final HeadingIncrementRule rule = new HeadingIncrementRule();

    @Test
    void stepByStepIsFineAndGoingBackUpIsFine() {
        assertEquals(List.of(), check(rule, "p.md", "## Einleitung\n\n### Details\n\n#### Mehr\n\n## Fazit\n"));
    }

    @Test
    void skippedLevels() {
        var findings = check(rule, "p.md", "---\ntitle: t\n---\n## Setup\n\n#### Install\n\n### Ok\n");
        assertEquals(List.of("6:1"), positions(findings));
        assertEquals("This h4 follows the h2 on line 4; skipping to h4 breaks the outline screen readers and search "
                + "engines use. Make it an h3.", findings.get(0).message());
        assertEquals(4, findings.get(0).related().get(0).line());
    }

    @Test
    void theTitleIsLevelOneUnlessConfiguredOtherwise() {
        assertEquals(List.of("1:1"), positions(check(rule, "p.md", "### Überblick\n")));
        assertEquals("This h3 follows the title (h1); skipping to h3 breaks the outline screen readers and search "
                + "engines use. Make it an h2.", check(rule, "p.md", "### Überblick\n").get(0).message());
        assertEquals(List.of(), check(rule, "p.md", "### Überblick\n", Map.of("startLevel", 0)));
    }
}
