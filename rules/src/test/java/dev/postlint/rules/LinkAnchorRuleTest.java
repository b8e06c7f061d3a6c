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
