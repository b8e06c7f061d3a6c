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

class LinkAnchorRuleTest {
    @TempDir
    Path dir;

    /**
     * Zola spells every script and emoji in ASCII (deunicode: "北京" is "bei-jing", an emoji its name), which
     * postlint does not follow beyond accented Latin letters: in a post with such a heading, a link is taken
     * on trust when it has the shape of Zola's ids, and no id of such a heading is suggested. Where every id
     * is known, a typo is still reported, with the id meant.
     */
    @Test
    void zolaHeadingsWhoseIdsCannotBeToldAcceptEveryIdOfTheirShape() throws Exception {
        write(dir, "site/config.toml", "base_url = \"https://example.org\"\n");
        write(dir, "site/content/post.md", "+++\ntitle = \"A post about anchors\"\n+++\n\n## 🌟 Showcase\n\n"
                + "## 北京\n\n- [a](#glowing-star-showcase)\n- [b](#-showcase)\n- [c](#bei-jing)\n- [f](#北京)\n");
        write(dir, "site/content/other.md", "+++\ntitle = \"Another post about anchors\"\n+++\n\n## Café\n\n"
                + "- [d](#cafe)\n- [e](#cafee)\n");
        List<Finding> found = SiteTester.run(dir.resolve("site"), List.of(new LinkAnchorRule()),
                SiteSettings.defaults(), testLinks(dir.resolve("cache"))).findings();
        assertEquals(List.of("content/other.md 8:7 link-anchor error", "content/post.md 10:7 link-anchor error",
                "content/post.md 12:7 link-anchor error"), describe(dir.resolve("site"), found));
        assertEquals("The anchor #cafee does not exist in this post; readers land at the top of the page instead "
                + "of the section. Did you mean #cafe?", found.get(0).message());
        assertEquals("The anchor #-showcase does not exist in this post; readers land at the top of the page "
                + "instead of the section.", found.get(1).message());
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
