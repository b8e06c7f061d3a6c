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

/** Internal targets, offline; external answers are covered by {@link ExternalLinksTest}. */
class LinkBrokenRuleTest {
    @TempDir
    Path dir;

    @Test
    void internalLinksInASiteAreResolvedAgainstPermalinksPagesAndFiles() throws Exception {
        Path site = SiteFixture.create(dir);
        List<Finding> findings = SiteTester.run(site, List.of(new LinkBrokenRule()), SiteFixture.settings(),
                testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of(
                "_posts/2024-02-10-second.md 10:7 link-broken error",
                "_posts/2024-02-10-second.md 14:7 link-broken error",
                "_posts/2024-02-10-second.md 16:7 link-broken error"), describe(site, findings));
        assertEquals("The link target '/2024/01/05/first-steps/' does not exist: nothing in the site is served at "
                + "/2024/01/05/first-steps/.", findings.get(0).message());
        assertEquals("The link target '/Files/my%20file.pdf' exists only as '/files/my file.pdf', with different letter "
                + "case; it works on Windows and macOS but breaks on case-sensitive web servers.", findings.get(1).message());
        assertEquals("The link target 'https://blog.example.com/nowhere/' does not exist: nothing in the site is served "
                + "at /nowhere/.", findings.get(2).message());
    }

    @Test
    void withoutASiteRootSiteRootPathsAreNotJudgedButRelativeOnesAre() throws Exception {
        write(dir, "posts/a.md", "[ok](b.md) [bad](c.md) [unknown](/somewhere/) [case](B.md)\n");
        write(dir, "posts/b.md", "# B\n");
        List<Finding> findings = SiteTester.run(dir.resolve("posts"), List.of(new LinkBrokenRule()),
                SiteSettings.defaults(), testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("a.md 1:18 link-broken error", "a.md 1:54 link-broken error"),
                describe(dir.resolve("posts"), findings));
        assertEquals("The link target 'c.md' does not exist: no file c.md next to the post.", findings.get(0).message());
    }
}
