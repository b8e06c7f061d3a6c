package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.pipeline.CheckOutcome;
import dev.postlint.core.pipeline.CheckPipeline;
import dev.postlint.core.pipeline.CheckRequest;
import dev.postlint.core.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a network, external links are not one error each: when no linked host name resolves, the run
 * says so once and leaves them unchecked. Names under .invalid never resolve (RFC 6761).
 */
class NoNetworkTest {
    private static final String NOTICE = "postlint: external links not checked: no network (use --offline to silence this)";

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private CheckOutcome check(String post, String links) throws Exception {
        SiteTester.write(dir, "site/post.md", post);
        SiteTester.write(dir, "site/.postlint.yml", "links:\n  allowPrivateAddresses: true\n  retries: 0\n"
                + "  timeout: 2s\n  cache:\n    dir: " + dir.resolve("cache") + "\n" + links);
        return new CheckPipeline(new RuleRegistry(List.of(new LinkBrokenRule()))).run(CheckRequest.in(dir.resolve("site"))
                .resultCache(false).notices(notices::add).build(), new StringBuilder());
    }

    @Test
    void whenNoHostResolvesTheLinksAreLeftUncheckedWithOneNotice() throws Exception {
        CheckOutcome outcome = check("[a](https://a.invalid/x) [b](https://b.invalid/y) [c](https://c.invalid/z)\n", "");
        assertEquals(List.of(), outcome.result().findings());
        assertEquals(List.of(NOTICE), notices);
        assertEquals(dev.postlint.core.run.Verdict.Outcome.PASSED, outcome.verdict().outcome());
    }

    @Test
    void aNameThatDoesNotResolveWhileOthersDoIsABrokenLink() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            CheckOutcome outcome = check("[gone](https://gone.invalid/x) [here](" + server.base() + "/ok)\n", "");
            assertEquals(List.of("link-broken 1:8"), outcome.result().findings().stream()
                    .map(f -> f.ruleId() + " " + f.line() + ":" + f.column()).toList());
            assertEquals(List.of(), notices);
        }
    }

    @Test
    void theShareIsConfigurable() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            CheckOutcome outcome = check("[a](https://a.invalid/x) [b](https://b.invalid/y) [here](" + server.base()
                    + "/ok)\n", "  noNetworkShare: 0.6\n");
            assertEquals(List.of(), outcome.result().findings());
            assertEquals(List.of(NOTICE), notices);
        }
    }
}
