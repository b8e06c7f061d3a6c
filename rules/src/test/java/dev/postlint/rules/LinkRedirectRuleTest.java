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

class LinkRedirectRuleTest {
    @TempDir
    Path dir;

    @Test
    void permanentRedirectsAreReportedWithTheFinalAddressTemporaryOnesAreNot() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            write(dir, "p/post.md", "- [a](" + server.base() + "/moved)\n- [b](" + server.base() + "/temporary)\n"
                    + "- [c](" + server.base() + "/ok)\n");
            List<Finding> findings = SiteTester.run(dir.resolve("p"), List.of(new LinkRedirectRule()),
                    SiteSettings.defaults(), testLinks(dir.resolve("cache"))).findings();
            assertEquals(List.of("post.md 1:7 link-redirect info"), describe(dir.resolve("p"), findings));
            assertEquals("The link to " + server.base() + "/moved redirects permanently to " + server.base()
                    + "/ok; link to the new address directly.", findings.get(0).message());
        }
    }

    @Test
    void fixLinksTheNewAddressKeepingTheFragment() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            Path post = write(dir, "p/post.md", "See [a](" + server.base() + "/moved#part) and [b][ref].\n\n[ref]: "
                    + server.base() + "/moved\n");
            write(dir, "p/.postlint.yml", "links:\n  allowPrivateAddresses: true\n  timeout: 2s\n  cache:\n    dir: "
                    + dir.resolve("cache") + "\n");
            var outcome = new dev.postlint.core.pipeline.CheckPipeline(new dev.postlint.core.rule.RuleRegistry(
                    List.of(new LinkRedirectRule()))).run(dev.postlint.core.pipeline.CheckRequest.in(dir.resolve("p"))
                    .resultCache(false).fixMode(dev.postlint.core.pipeline.CheckRequest.FixMode.APPLY).build(),
                    new StringBuilder());
            assertEquals("See [a](" + server.base() + "/ok#part) and [b][ref].\n\n[ref]: " + server.base() + "/ok\n",
                    java.nio.file.Files.readString(post));
            assertEquals(2, outcome.fixes().size());
            assertEquals(List.of(), outcome.result().findings());
        }
    }

    @Test
    void nothingOffline() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            write(dir, "p/post.md", "[a](" + server.base() + "/moved)\n");
            assertEquals(List.of(), SiteTester.run(dir.resolve("p"), List.of(new LinkRedirectRule()),
                    SiteSettings.defaults(), testLinks(dir.resolve("cache")).offline()).findings());
            assertEquals(0, server.total());
        }
    }
}
