package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.frontmatter.FrontMatterSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImagePathSpacesRuleTest {
    private final ImagePathSpacesRule rule = new ImagePathSpacesRule();

    @Test
    void encodedPathsAreFine() {
        assertEquals(List.of(), check(rule, "p.md", "---\nimage: /img/my%20photo.jpg\n---\n![Photo](/img/my%20photo.jpg)\n\n"
                + "<img src=\"/a%20b.png\" srcset=\"/a.png 1x, /a@2x.png 2x\" alt=\"A\">\n"));
    }

    @Test
    void markdownImageThatCommonMarkDoesNotReadAsAnImage() {
        List<Finding> findings = check(rule, "p.md", "Intro\n\n![Garten](/bilder/mein garten.jpg)\n");
        assertEquals(List.of("3:11"), positions(findings));
        assertEquals("The image path '/bilder/mein garten.jpg' contains spaces. Markdown does not read this as an image "
                + "at all, so readers see the raw text instead of the picture. Write '/bilder/mein%20garten.jpg' or "
                + "rename the file without spaces.", findings.get(0).message());
    }

    @Test
    void angleBracketDestinationIsAParsedImageWithASpace() {
        List<Finding> findings = check(rule, "p.md", "![Chart](<charts/q1 sales.png>)\n");
        assertEquals(List.of("1:11"), positions(findings));
        assertTrue(findings.get(0).message().startsWith("The image path 'charts/q1 sales.png' contains spaces. Some servers"));
    }

    @Test
    void htmlSrcAndSrcset() {
        List<Finding> findings = check(rule, "p.md",
                "Text\n\n<p><img src=\"/a b.png\" alt=\"x\"></p>\n\n<img alt=\"y\" src=\"/ok.png\" srcset=\"/big pic.png 2x\">\n");
        assertEquals(List.of("3:14", "5:36"), positions(findings));
    }

    @Test
    void frontMatterFieldsIncludingFoldedValuesAndConfiguredNames() {
        List<Finding> findings = check(rule, "p.md", "---\nthumbnail: \"/uploads/My Photo\n  Final.jpg\"\n---\n");
        assertEquals(List.of("2:13"), positions(findings));
        assertTrue(findings.get(0).message().startsWith("The 'thumbnail' image path '/uploads/My Photo Final.jpg'"));
        FrontMatterSettings settings = new FrontMatterSettings(List.of(), List.of("hero.src"));
        assertEquals(List.of("3:8"), positions(check(rule, "p.md", "---\nhero:\n  src: /a b.png\nimage: /c d.png\n---\n",
                Map.of(), settings)));
    }

    @Test
    void srcsetDescriptorsAreNotSpacesInPaths() {
        assertEquals(false, ImagePathSpacesRule.srcsetHasSpaceInUrl("a.png 480w, b.png 1.5x"));
        assertEquals(true, ImagePathSpacesRule.srcsetHasSpaceInUrl("my pic.png 2x"));
        assertEquals(true, ImagePathSpacesRule.srcsetHasSpaceInUrl("a.png, my pic.png"));
    }
}
