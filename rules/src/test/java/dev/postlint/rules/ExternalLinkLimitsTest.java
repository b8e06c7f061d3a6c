package dev.postlint.rules;

import static dev.postlint.rules.SiteTester.testLinks;
import static dev.postlint.rules.SiteTester.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.links.HostSettings;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.site.SiteSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each URL once per run, the on-disk cache, and the concurrency limits, measured at a real server. */
class ExternalLinkLimitsTest {
    @TempDir
    Path dir;

    private LintResult check(LinkSettings links) throws Exception {
        return SiteTester.run(dir.resolve("site"), List.of(new LinkBrokenRule(), new LinkRedirectRule()),
                SiteSettings.defaults(), links);
    }

    @Test
    void oneUrlInFiftyPostsIsRequestedOnceAndTheCacheMakesTheSecondRunFree() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            for (int i = 0; i < 50; i++) {
                write(dir, "site/post-" + i + ".md", "See [the docs](" + server.base() + "/ok) and [old](" + server.base()
                        + "/missing).\n");
            }
            LinkSettings links = testLinks(dir.resolve("cache"));
            LintResult first = check(links);
            assertEquals(50, first.findings().size(), "the broken link in each post");
            assertEquals(1, server.count("HEAD", "/ok"));
            assertEquals(0, server.count("GET", "/ok"));
            assertEquals(1, server.count("HEAD", "/missing"));
            assertTrue(Files.readString(dir.resolve("cache/links.tsv")).contains(server.base() + "/ok"));

            write(dir, "site/post-0.md", "See [the docs](" + server.base() + "/ok).\n");
            for (int i = 1; i < 50; i++) {
                Files.delete(dir.resolve("site/post-" + i + ".md"));
            }
            int before = server.total();
            LintResult second = check(links);
            assertEquals(List.of(), second.findings());
            assertEquals(before, server.total(), "the second run makes no request");
        }
    }

    @Test
    void failuresAreNotCached() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            write(dir, "site/post.md", "[old](" + server.base() + "/gone)\n");
            LinkSettings links = testLinks(dir.resolve("cache"));
            assertEquals(1, check(links).findings().size());
            assertEquals(1, check(links).findings().size());
            assertEquals(2, server.count("HEAD", "/gone"));
        }
    }

    @Test
    void perHostAndGlobalLimitsAreNeverExceeded() throws Exception {
        try (TestServer first = new TestServer("127.0.0.1"); TestServer second = new TestServer("127.0.0.2")) {
            StringBuilder post = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                post.append("- [a](").append(first.base()).append("/slow/").append(i).append(")\n");
                post.append("- [b](").append(second.base()).append("/slow/").append(i).append(")\n");
            }
            write(dir, "site/post.md", post.toString());
            LinkSettings t = testLinks(dir.resolve("cache"));
            LinkSettings limited = t.toBuilder().maxConcurrencyPerHost(3)
                    .hosts(Map.of("127.0.0.2", new HostSettings(OptionalInt.of(1), Map.of()))).build();
            assertEquals(List.of(), check(limited).findings());
            assertEquals(3, first.maxInFlight(), "maxConcurrencyPerHost: 3");
            assertEquals(1, second.maxInFlight(), "hosts.127.0.0.2.maxConcurrency: 1");
            assertEquals(12, first.total());
            assertEquals(12, second.total());
        }
        try (TestServer only = new TestServer("127.0.0.1")) {
            StringBuilder post = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                post.append("- [a](").append(only.base()).append("/slow/").append(i).append(")\n");
            }
            write(dir, "site/post.md", post.toString());
            Files.deleteIfExists(dir.resolve("cache/links.tsv"));
            LinkSettings t = testLinks(dir.resolve("cache"));
            LinkSettings global = t.toBuilder().maxConcurrency(2).maxConcurrencyPerHost(10).build();
            assertEquals(List.of(), check(global).findings());
            assertEquals(2, only.maxInFlight(), "maxConcurrency: 2");
        }
    }

    @Test
    void hostHeadersComeFromTheEnvironmentAndStayOutOfReports() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            write(dir, "site/post.md", "[a](" + server.base() + "/missing)\n");
            LinkSettings t = testLinks(dir.resolve("cache"));
            LinkSettings withHeaders = t.toBuilder().hosts(Map.of(server.base(), new HostSettings(OptionalInt.empty(),
                    Map.of("Authorization", "Bearer ${env:PATH}")))).build();
            LintResult result = check(withHeaders);
            assertEquals(1, result.findings().size());
            assertTrue(!result.findings().get(0).message().contains(System.getenv("PATH")));
            assertEquals("Bearer " + System.getenv("PATH"), server.lastHeader("Authorization"));
        }
    }
}
