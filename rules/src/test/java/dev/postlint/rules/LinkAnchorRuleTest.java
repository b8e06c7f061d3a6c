package dev.postlint.rules;

import static dev.postlint.rules.SiteTester.describe;
import static dev.postlint.rules.SiteTester.testLinks;
import static dev.postlint.rules.SiteTester.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.site.SlugStyle;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkAnchorRuleTest {
    @TempDir
    Path dir;

    @Test
    void anchorsInOtherPostsAndTheSamePostWithSuggestions() throws Exception {
        Path site = SiteFixture.create(dir);
        List<Finding> findings = SiteTester.run(site, List.of(new LinkAnchorRule()), SiteFixture.settings(),
                testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("_posts/2024-02-10-second.md 9:7 link-anchor error",
                "_posts/2024-02-10-second.md 17:20 link-anchor error"), describe(site, findings));
        assertEquals("The anchor #instal does not exist in 2024-01-05-first-steps.md; readers land at the top of the "
                + "page instead of the section. Did you mean #install?", findings.get(0).message());
        assertEquals("The anchor #locl does not exist in this post; readers land at the top of the page instead of the "
                + "section. Did you mean #local?", findings.get(1).message());
    }

    @Test
    void germanHeadingsUnderGithubAndKramdownSlugs() throws Exception {
        String post = "[a](#größe-und-maße) [b](#gre-und-mae) [c](#top) [d](#)\n\n## Größe und Maße\n";
        write(dir, "p/post.md", post);
        List<Finding> github = SiteTester.run(dir.resolve("p"), List.of(new LinkAnchorRule()), SiteSettings.defaults(),
                testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("post.md 1:26 link-anchor error"), describe(dir.resolve("p"), github));
        SiteSettings kramdown = SiteSettings.defaults().toBuilder().slugs(Optional.of(SlugStyle.KRAMDOWN)).build();
        List<Finding> kd = SiteTester.run(dir.resolve("p"), List.of(new LinkAnchorRule()), kramdown,
                testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("post.md 1:5 link-anchor error"), describe(dir.resolve("p"), kd));
    }

    @Test
    void htmlPagesAndIdsInHtmlBlocks() throws Exception {
        write(dir, "p/page.html", "<html><body><h2 id=\"team\">Team</h2></body></html>\n");
        write(dir, "p/post.md", "[a](page.html#team) [b](page.html#teams) [c](#box)\n\n<div id=\"box\">x</div>\n");
        List<Finding> findings = SiteTester.run(dir.resolve("p"), List.of(new LinkAnchorRule()), SiteSettings.defaults(),
                testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("post.md 1:25 link-anchor error"), describe(dir.resolve("p"), findings));
    }

    @Test
    void externalPagesAreFetchedForTheirAnchorsOnlyWhenEnabled() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            write(dir, "p/post.md", "- [a](" + server.base() + "/page#intro)\n- [b](" + server.base() + "/page#intrp)\n"
                    + "- [c](" + server.base() + "/page#old)\n");
            List<Finding> off = SiteTester.run(dir.resolve("p"), List.of(new LinkAnchorRule()), SiteSettings.defaults(),
                    testLinks(dir.resolve("cache"))).findings();
            assertEquals(List.of(), off);
            assertEquals(0, server.count("GET", "/page"));
            List<Finding> on = SiteTester.run(dir.resolve("p"), List.of(new LinkAnchorRule()), SiteSettings.defaults(),
                    testLinks(dir.resolve("cache")).toBuilder().externalAnchors(true).build()).findings();
            assertEquals(List.of("post.md 2:7 link-anchor error"), describe(dir.resolve("p"), on));
            assertEquals("The anchor #intrp does not exist in " + server.base() + "/page; readers land at the top of the "
                    + "page instead of the section. Did you mean #intro?", on.get(0).message());
            assertEquals(1, server.count("GET", "/page"));
        }
    }
}
