package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListicleCountRuleTest {
    private final ListicleCountRule rule = new ListicleCountRule();

    @Test
    void germanTitleWithOneSectionMissing() {
        var findings = check(rule, "p.md", "---\ntitle: \"Die 3 besten Tipps für Gärtner\"\n---\n"
                + "## 1. Boden\n\n## 2. Wasser\n");
        assertEquals(List.of("2:13"), positions(findings));
        assertEquals("The title promises 3 but the post has 2 numbered sections; readers count. Make the number match.",
                findings.get(0).message());
    }

    @Test
    void matchingCountsYearsVersionsAndPostsWithoutNumberedSections() {
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: 2 tips\n---\n## Step 1: A\n\n## Step 2: B\n"));
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: Goals for 2024\n---\n## 1. A\n\n## 2. B\n"));
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: What is new in v4.2\n---\n## 1. A\n\n## 2. B\n"));
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: 10 tips\n---\n## Planning\n\n## Writing\n"));
        assertEquals(List.of("2:8"), positions(check(rule, "p.md",
                "---\ntitle: 10 tips for writers\n---\n## 1. A\n\n## 2. B\n\n## 3. C\n")));
    }
}
