package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingNumberingRuleTest {
    private final HeadingNumberingRule rule = new HeadingNumberingRule();

    @Test
    void completeSequencesInEveryLabelStyle() {
        assertEquals(List.of(), check(rule, "p.md", "## #1: Eins\n\n## #2: Zwei\n\n## #3: Drei\n"));
        assertEquals(List.of(), check(rule, "p.md", "## 1. One\n\n## 2) Two\n\n## 3: Three\n"));
        assertEquals(List.of(), check(rule, "p.md", "### Schritt 1: Boden lockern\n\n### Schritt 2 – Säen\n"));
        assertEquals(List.of(), check(rule, "p.md", "## Step 1\n\n## Step 2\n\n## Summary\n"));
    }

    @Test
    void countdownIsFine() {
        assertEquals(List.of(), check(rule, "p.md", "## 3. Bronze\n\n## 2. Silver\n\n## 1. Gold\n"));
    }

    @Test
    void skippedNumber() {
        List<Finding> findings = check(rule, "p.md", "---\ntitle: x\n---\n## #1: A\n\n## #2: B\n\n## #4: D\n\n## #5: E\n");
        assertEquals(List.of("8:4"), positions(findings));
        assertEquals("Heading numbers skip from 2 to 4; number 3 is missing.", findings.get(0).message());
        assertEquals(6, findings.get(0).related().get(0).line());
        assertEquals("Heading numbers skip from 1 to 4; numbers 2 and 3 are missing.",
                check(rule, "p.md", "## 1. A\n\n## 4. D\n").get(0).message());
        assertEquals("Heading numbers skip from 1 to 5; numbers 2 to 4 are missing.",
                check(rule, "p.md", "## 1. A\n\n## 5. D\n").get(0).message());
    }

    @Test
    void repeatedAndBackwardsNumbers() {
        List<Finding> findings = check(rule, "p.md", "## 1. A\n\n## 2. B\n\n## 2. C\n\n## 3. D\n\n## 1. E\n");
        assertEquals(List.of("5:4", "9:4"), positions(findings));
        assertEquals("Heading number 2 is used twice (also on line 3); this should be 3.", findings.get(0).message());
        assertEquals("Heading numbers go backwards from 3 to 1; this should be 4.", findings.get(1).message());
    }

    @Test
    void numberingRestartsUnderEachParentAndLevelsAreSeparate() {
        String post = "## Part A\n\n### 1. x\n\n### 2. y\n\n## Part B\n\n### 1. x\n\n### 2. y\n\n## 1. Top\n\n## 2. Top\n";
        assertEquals(List.of(), check(rule, "p.md", post));
    }

    @Test
    void yearsAreNotNumbers() {
        assertEquals(List.of(), check(rule, "p.md", "## 2019: Start\n\n## 2021: Growth\n"));
    }
}
