package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageAltMissingRuleTest {
    private final ImageAltMissingRule rule = new ImageAltMissingRule();

    @Test
    void imagesWithAltText() {
        assertEquals(List.of(), check(rule, "p.md", "---\nimage: /cover.png\n---\n![Ein Apfelbaum](/baum.jpg)\n\n"
                + "<img src=\"/x.png\" alt=\"Diagramm\">\n\n<img src=\"/deko.png\" aria-hidden=\"true\">\n"));
    }

    @Test
    void emptyMarkdownAltAndTheUnparsedForm() {
        List<Finding> findings = check(rule, "p.md", "Text ![](/a.png) and\n\n![ ](/b c.png)\n");
        assertEquals(List.of("1:6", "3:1"), positions(findings));
        assertEquals("This image has empty alt text; describe the picture in the brackets: ![a short description](...) "
                + "for readers who cannot see it and for image search.", findings.get(0).message());
    }

    @Test
    void htmlWithoutAltOrWithEmptyAlt() {
        List<Finding> findings = check(rule, "p.md", "<div>\n  <img src=\"/a.png\">\n  <img src=\"/b.png\" alt=\"\">\n</div>\n");
        assertEquals(List.of("2:3", "3:3"), positions(findings));
        assertEquals("This <img> has no alt attribute; add alt=\"...\" describing the picture for readers who cannot "
                + "see it and for image search.", findings.get(0).message());
        assertEquals(List.of("2:3"), positions(check(rule, "p.md",
                "<div>\n  <img src=\"/a.png\">\n  <img src=\"/b.png\" alt=\"\">\n</div>\n", Map.of("allowEmptyHtmlAlt", true))));
    }

    @Test
    void referenceStyleImage() {
        assertEquals(List.of("3:1"), positions(check(rule, "p.md", "[logo]: /logo.png\n\n![][logo]\n")));
    }
}
