package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How srcset values are split; the rule's findings are tested by the fixtures. */
class ImagePathSpacesRuleTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void aMissingImageWithSpacesIsOneFindingThatSaysBoth() throws Exception {
        SiteTester.write(dir, "site/_config.yml", "title: A blog\n");
        SiteTester.write(dir, "site/img/here it is.png", "png");
        SiteTester.write(dir, "site/post.md", "![a](/img/no such.png)\n\n![b](/img/here it is.png)\n");
        var findings = SiteTester.run(dir.resolve("site"), java.util.List.of(new ImagePathSpacesRule(),
                new ImageMissingRule()), dev.postlint.core.site.SiteSettings.defaults(),
                dev.postlint.core.links.LinkSettings.defaults(dir, "test").offline()).findings();
        assertEquals(java.util.List.of("post.md 1:6 image-missing error", "post.md 3:6 image-path-spaces error"),
                SiteTester.describe(dir.resolve("site"), findings));
        assertEquals("The image '/img/no such.png' does not exist in the site, so readers see a broken image. Its "
                + "path also has spaces, which some servers and feed readers fail on: name the file without spaces.",
                findings.get(0).message());
    }

    @Test
    void srcsetDescriptorsAreNotSpacesInPaths() {
        assertEquals(false, ImagePathSpacesRule.srcsetHasSpaceInUrl("a.png 480w, b.png 1.5x"));
        assertEquals(true, ImagePathSpacesRule.srcsetHasSpaceInUrl("my pic.png 2x"));
        assertEquals(true, ImagePathSpacesRule.srcsetHasSpaceInUrl("a.png, my pic.png"));
    }
}
