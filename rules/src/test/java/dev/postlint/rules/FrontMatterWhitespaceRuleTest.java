package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterWhitespaceRuleTest {
    private final FrontMatterWhitespaceRule rule = new FrontMatterWhitespaceRule();

    @Test
    void cleanValuesAndBlockScalarsWithTheirUsualFinalLineBreak() {
        assertEquals(List.of(), check(rule, "p.md",
                "---\ntitle: \"Clean\"\nsummary: |\n  Two\n  lines\nplain:   padded plain is trimmed by YAML   \n---\n"));
    }

    @Test
    void leadingSpaceInAQuotedTitleIsReportedInsideTheQuotes() {
        List<Finding> findings = check(rule, "p.md", "---\ntitle: \" Leading space\"\n---\n");
        assertEquals(List.of("2:9"), positions(findings));
        assertEquals("The 'title' value starts with a space, which ends up in page titles, previews and search "
                + "results; remove it.", findings.get(0).message());
    }

    @Test
    void leadingBlankLineInABlockScalarIsReportedOnTheBlankLine() {
        List<Finding> findings = check(rule, "p.md", "---\ndescription: |2-\n\n  Text after a blank line\n---\n");
        assertEquals(List.of("3:1"), positions(findings));
        assertEquals("The 'description' value starts with a blank line, which ends up in page titles, previews and "
                + "search results; remove it.", findings.get(0).message());
    }

    @Test
    void trailingSpacesAndBlankLines() {
        List<Finding> findings = check(rule, "p.md",
                "---\ntitle: 'Ends with two  '\nnotes: |+\n  Kept\n\n---\n");
        assertEquals(List.of("2:22", "5:1"), positions(findings));
        assertEquals("The 'title' value ends with 2 spaces; remove it.", findings.get(0).message());
        assertEquals("The 'notes' value ends with a blank line; remove it.", findings.get(1).message());
    }

    @Test
    void nestedValuesListItemsAndWhitespaceOnlyValues() {
        List<Finding> findings = check(rule, "p.md", "---\nseo:\n  title: \"x \"\ntags: [\" a\"]\nauthor: \" \"\n---\n");
        assertEquals(List.of("3:12", "4:9", "5:10"), positions(findings));
        assertEquals("The 'author' value is only whitespace; give it a real value or remove the line.",
                findings.get(2).message());
    }
}
