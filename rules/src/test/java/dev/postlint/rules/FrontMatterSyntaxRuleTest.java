package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterSyntaxRuleTest {
    private final FrontMatterSyntaxRule rule = new FrontMatterSyntaxRule();

    @Test
    void validFrontMatterGivesNothing() {
        assertEquals(List.of(), check(rule, "ok.md", "---\ntitle: \"Fine: really\"\ntags: [a, b]\n---\nText\n"));
        assertEquals(List.of(), check(rule, "none.md", "No front matter here.\n"));
        assertEquals(List.of(), check(rule, "toml.md", "+++\ntitle = \"x\"\n+++\nText\n"));
    }

    @Test
    void colonInAPlainValueIsReportedAtTheYamlErrorPosition() {
        List<Finding> findings = check(rule, "bad.md", "---\ntitle: Tips: how to write\nauthor: me\n---\n");
        assertEquals(List.of("2:12"), positions(findings));
        assertEquals("front-matter-syntax", findings.get(0).ruleId());
        assertTrue(findings.get(0).message().startsWith("Front matter is not valid YAML: mapping values are not allowed here"),
                findings.get(0).message());
    }

    @Test
    void unclosedListIsReportedWhereTheParserNoticesIt() {
        assertEquals(List.of("3:5"), positions(check(rule, "bad.md", "---\ntags: [one, two\ndate: 2020-01-01\n---\n")));
    }

    @Test
    void tabIndentationIsReported() {
        assertEquals(List.of("3:1"), positions(check(rule, "tab.md", "---\nauthor:\n\tname: x\n---\n")));
    }

    @Test
    void unclosedFrontMatterAndDuplicateKeys() {
        assertEquals(List.of("1:1"), positions(check(rule, "open.md", "---\ntitle: x\n\n# Body\n")));
        List<Finding> dup = check(rule, "dup.md", "---\ntitle: a\nauthor: b\ntitle: c\n---\n");
        assertEquals(List.of("4:1"), positions(dup));
        assertEquals("The key 'title' appears twice (first on line 2); only the last one counts.", dup.get(0).message());
    }
}
