package dev.postlint.rules;

import static dev.postlint.rules.SiteTester.describe;
import static dev.postlint.rules.SiteTester.testLinks;
import static dev.postlint.rules.SiteTester.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import dev.postlint.core.site.SiteSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageMissingRuleTest {
    @TempDir
    Path dir;

    @Test
    void frontMatterMarkdownAndCaseMismatchedImages() throws Exception {
        Path site = SiteFixture.create(dir);
        List<Finding> findings = SiteTester.run(site, List.of(new ImageMissingRule()), SiteFixture.settings(),
                testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of(
                "_posts/2024-02-10-second.md 4:8 image-missing error",
                "_posts/2024-02-10-second.md 18:10 image-missing error",
                "_posts/2024-02-10-second.md 21:12 image-missing error"), describe(site, findings));
        assertEquals("The image '/uploads/photo.jpg' exists only as '/uploads/Photo.JPG', with different letter case; "
                + "it shows on Windows and macOS but breaks on case-sensitive web servers.", findings.get(1).message());
        assertEquals("The image 'missing.png' does not exist in the site, so readers see a broken image.",
                findings.get(2).message());
    }

    @Test
    void relativeHtmlImagesWithSpacesAndDataUrls() throws Exception {
        write(dir, "p/img/a b.png", "x");
        write(dir, "p/post.md", "<img src=\"img/a b.png\" alt=\"a\">\n<img src=\"img/a%20b.png\" alt=\"a\">\n"
                + "<img src=\"img/c.png\" alt=\"c\">\n<img src=\"data:image/png;base64,AAAA\" alt=\"d\">\n\n"
                + "![x](https://example.com/remote.png) ![y](/site-root.png)\n");
        List<Finding> findings = SiteTester.run(dir.resolve("p"), List.of(new ImageMissingRule()), SiteSettings.defaults(),
                testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("post.md 3:11 image-missing error"), describe(dir.resolve("p"), findings));
    }
}
