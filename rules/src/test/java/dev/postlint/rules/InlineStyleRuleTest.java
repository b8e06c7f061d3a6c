package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineStyleRuleTest {
    private final InlineStyleRule rule = new InlineStyleRule();

    @Test
    void classesAndCodeAreFine() {
        assertEquals(List.of(), check(rule, "p.md", "<div class=\"note\">Hi</div>\n\n`<p style=\"x\">` in code\n\n"
                + "```html\n<style>p{}</style>\n```\n"));
    }

    @Test
    void styleBlockAndStyleAttributesOneFindingEach() {
        List<Finding> findings = check(rule, "p.md", "---\ntitle: x\n---\nText\n\n<style>\n.a { color: red }\n</style>\n\n"
                + "<div class=\"box\"><a style=\"color: red\" href=\"/x\">Go</a></div>\n\n"
                + "Inline <span style=\"font-weight:bold\">bold</span> text.\n");
        assertEquals(List.of("6:1", "10:21", "12:14"), positions(findings));
        assertEquals("A <style> element in the post: its CSS applies to the whole page, can break the site's design "
                + "and is lost in feeds; move it to the site's stylesheet.", findings.get(0).message());
        assertEquals("A style attribute on <a>: inline CSS bypasses the site's design and dark mode and is dropped by "
                + "many feed readers; use a class from the stylesheet instead.", findings.get(1).message());
    }

    @Test
    void elementWithStyleInsideAStyledParent() {
        assertEquals(List.of("1:6", "2:6"), positions(check(rule, "p.md",
                "<div style=\"a\">\n  <p style=\"b\">x</p>\n</div>\n")));
    }
}
