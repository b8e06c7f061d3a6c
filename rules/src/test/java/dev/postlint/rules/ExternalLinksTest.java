package dev.postlint.rules;

import static dev.postlint.rules.SiteTester.describe;
import static dev.postlint.rules.SiteTester.testLinks;
import static dev.postlint.rules.SiteTester.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.links.StatusRange;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.site.SiteSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** link-broken and link-redirect against a real HTTP server on 127.0.0.1 answering every kind of way. */
class ExternalLinksTest {
    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer("127.0.0.1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LintResult check(LinkSettings links) throws Exception {
        return SiteTester.run(dir.resolve("site"), List.of(new LinkBrokenRule(), new LinkRedirectRule()),
                SiteSettings.defaults(), links);
    }

    @Test
    void everyKindOfAnswerGivesTheExactFinding() throws Exception {
        String b = server.base();
        write(dir, "site/post.md", String.join("\n",
                "---", "title: Links", "---",
                "- [a](" + b + "/ok)",
                "- [a](" + b + "/missing)",
                "- [a](" + b + "/gone)",
                "- [a](" + b + "/forbidden)",
                "- [a](" + b + "/moved)",
                "- [a](" + b + "/temporary)",
                "- [a](" + b + "/permanent-to-missing)",
                "- [a](" + b + "/loop-a)",
                "- [a](" + b + "/no-head)",
                "- [a](" + b + "/rate-limited)",
                "- [a](" + b + "/flaky)",
                "- [a](" + b + "/down)",
                "- [a](" + b + "/hang)",
                "- [a](" + b + "/linkedin)",
                "- [a](" + b + "/challenge)",
                "- [a](http://127.0.0.1:1/closed)",
                "- <mailto:someone@example.com>",
                "- [mail](mailto:not-an-address)",
                "- [js](javascript:void(0))",
                "- [t](tel:+491234)",
                "- [a](" + b + "/ok#section)",
                ""));
        LintResult result = check(testLinks(dir.resolve("cache")));
        List<Finding> f = result.findings();
        assertEquals(List.of(
                "post.md 5:7 link-broken error",
                "post.md 6:7 link-broken error",
                "post.md 7:7 link-broken error",
                "post.md 8:7 link-redirect info",
                "post.md 10:7 link-broken error",
                "post.md 11:7 link-broken error",
                "post.md 15:7 link-broken error",
                "post.md 16:7 link-broken error",
                "post.md 17:7 link-broken warning",
                "post.md 18:7 link-broken warning",
                "post.md 19:7 link-broken error",
                "post.md 21:10 link-broken error",
                "post.md 22:8 link-broken error"), describe(dir.resolve("site"), f));
        String messages = f.stream().map(Finding::message).collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "The link to " + b + "/missing is broken: the server answered 404 Not Found.",
                "The link to " + b + "/gone is broken: the server answered 410 Gone.",
                "The link to " + b + "/forbidden is broken: the server answered 403 Forbidden.",
                "The link to " + b + "/moved redirects permanently to " + b + "/ok; link to the new address directly.",
                "The link to " + b + "/permanent-to-missing is broken: the server answered 404 Not Found.",
                "The link to " + b + "/loop-a is broken: redirect loop (" + b + "/loop-a was already visited).",
                "The link to " + b + "/down is broken: the server answered 503 Service Unavailable.",
                "The link to " + b + "/hang is broken: the server did not answer in time.",
                "Could not verify the link to " + b + "/linkedin: the site blocks automated checks (status 999); "
                        + "check it in a browser.",
                "Could not verify the link to " + b + "/challenge: Cloudflare answered with a bot challenge (403); "
                        + "check it in a browser.",
                "The link to http://127.0.0.1:1/closed is broken: the connection was refused.",
                "The e-mail address 'not-an-address' in this mailto: link is not valid.",
                "A javascript: link does nothing for readers without JavaScript, in feeds and for search engines; "
                        + "link to a real page."), messages);

        assertEquals(1, server.count("HEAD", "/ok"), "one request for a URL used twice");
        assertEquals(1, server.count("GET", "/no-head"), "GET after 405 on HEAD");
        assertEquals(2, server.count("HEAD", "/rate-limited"), "one retry after Retry-After");
        assertEquals(2, server.count("HEAD", "/flaky"), "one retry after 500");
        assertEquals(3, server.count("HEAD", "/down"), "two retries, then broken");
        assertEquals(3, server.count("HEAD", "/hang"), "timeouts are retried");
        assertEquals(1, server.count("HEAD", "/linkedin"), "999 is not retried");
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() throws Exception {
        write(dir, "site/post.md", "[a](" + server.base() + "/missing)\n");
        LinkSettings t = testLinks(dir.resolve("cache"));
        LinkSettings strict = t.toBuilder().allowPrivateAddresses(false).build();
        assertEquals(List.of(), check(strict).findings());
        assertEquals(0, server.total());
    }

    @Test
    void offlineMakesNoRequests() throws Exception {
        write(dir, "site/post.md", "[a](" + server.base() + "/missing)\n");
        assertEquals(List.of(), check(testLinks(dir.resolve("cache")).offline()).findings());
        assertEquals(0, server.total());
    }

    @Test
    void acceptedStatusesAndExcludedUrls() throws Exception {
        write(dir, "site/post.md", "[a](" + server.base() + "/forbidden)\n\n[b](" + server.base() + "/gone)\n");
        LinkSettings t = testLinks(dir.resolve("cache"));
        LinkSettings custom = t.toBuilder().accept(List.of(new StatusRange(200, 299), new StatusRange(403, 403)))
                .exclude(List.of(Pattern.compile("/gone$"))).build();
        assertEquals(List.of(), check(custom).findings());
        assertEquals(0, server.count("HEAD", "/gone"));
    }
}
