package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import dev.postlint.core.frontmatter.FrontMatterSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterRequiredRuleTest {
    private final FrontMatterRequiredRule rule = new FrontMatterRequiredRule();

    @Test
    void allRequiredFieldsPresent() {
        assertEquals(List.of(), check(rule, "p.md",
                "---\ntitle: T\ndescription: D\ndate: 2024-01-01\nauthor: A\n---\nText\n"));
    }

    @Test
    void missingFieldIsReportedAtLineOneAndEmptyOnesAtTheirKey() {
        List<Finding> findings = check(rule, "p.md", "---\ntitle: T\ndescription:\ndate: 2024-01-01\nauthor: \"  \"\n---\n");
        assertEquals(List.of("3:1", "5:1"), positions(findings));
        assertEquals("The 'description' field is empty; give it a value or remove the line.", findings.get(0).message());
        List<Finding> missing = check(rule, "p.md", "---\ntitle: T\ndate: 2024-01-01\nauthor: A\n---\n");
        assertEquals(List.of("1:1"), positions(missing));
        assertEquals("The front matter has no 'description' field; add 'description: ...' between the '---' lines.",
                missing.get(0).message());
    }

    @Test
    void postWithoutFrontMatterMissesEveryField() {
        assertEquals(4, check(rule, "p.md", "# Only a heading\n").size());
    }

    @Test
    void emptyListCountsAsEmptyAndNullTilde() {
        FrontMatterSettings settings = new FrontMatterSettings(List.of("tags", "author"), List.of());
        assertEquals(List.of("2:1", "3:1"),
                positions(check(rule, "p.md", "---\ntags: []\nauthor: ~\n---\n", Map.of(), settings)));
    }

    @Test
    void configuredListAndNestedKeys() {
        FrontMatterSettings settings = new FrontMatterSettings(List.of("title", "seo.image"), List.of());
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: T\nseo:\n  image: /x.png\n---\n", Map.of(), settings));
        assertEquals(List.of("1:1"), positions(check(rule, "p.md", "---\ntitle: T\nseo: {}\n---\n", Map.of(), settings)));
    }

    @Test
    void brokenYamlIsLeftToTheSyntaxRule() {
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: [\n---\n"));
    }
}
