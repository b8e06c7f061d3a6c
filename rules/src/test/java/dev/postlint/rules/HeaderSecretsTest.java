package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigException;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.links.HostSettings;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header's secret value: never shown, never sent broken; a control character keeps it from being sent. */
class HeaderSecretsTest {
    private static final String SECRET = "s3cret-token-4711";

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private LintResult check(TestServer server, String envValue) throws Exception {
        SiteTester.write(dir, "site/post.md", "[a](" + server.base() + "/missing)\n");
        LinkSettings links = SiteTester.testLinks(dir.resolve("cache")).toBuilder().hosts(Map.of(server.base(),
                new HostSettings(OptionalInt.empty(), Map.of("Authorization", "Bearer ${env:TOKEN}")))).build();
        Config config = Config.defaults(dir.resolve("site")).toBuilder().links(links).build();
        ProgressListener listener = ProgressListener.NONE.withNotices(notices::add);
        return new Linter(config, new RuleRegistry(List.of(new LinkBrokenRule())), 1, listener,
                name -> name.equals("TOKEN") ? envValue : null)
                .run(new FileCollector(config).collect(List.of(dir.resolve("site").toString())));
    }

    @Test
    void aTrailingLineBreakFromTheEnvironmentIsTrimmedAndTheSecretStaysOutOfFindings() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            LintResult result = check(server, SECRET + "\n");
            assertEquals("Bearer " + SECRET, server.lastHeader("Authorization"));
            assertEquals(1, result.findings().size());
            assertFalse(result.findings().toString().contains(SECRET));
            assertEquals(List.of(), notices);
            assertFalse(Files.readString(dir.resolve("cache/links.tsv")).contains(SECRET));
        }
    }

    @Test
    void aControlCharacterInsideKeepsTheHeaderUnsentWithANoticeThatHidesTheValue() throws Exception {
        try (TestServer server = new TestServer("127.0.0.1")) {
            LintResult result = check(server, SECRET + "\u0007x");
            assertNull(server.lastHeader("Authorization"));
            assertEquals(List.of("postlint: the header Authorization for " + server.base() + " holds a control character once "
                    + "its ${env:...} is expanded; it is not sent"), notices);
            assertFalse(result.findings().toString().contains(SECRET));
        }
    }

    @Test
    void aConfiguredValueWithALineBreakIsAConfigErrorThatDoesNotShowIt() throws Exception {
        Path file = Files.writeString(dir.resolve(".postlint.yml"), "links:\n  hosts:\n    example.org:\n      headers:\n"
                + "        Authorization: \"Bearer " + SECRET + "\\nX-Injected: 1\"\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader(RuleRegistry.loadBuiltIn()).load(file));
        assertEquals(file + ":5:24: the value of 'links.hosts.example.org.headers.Authorization' holds a line break "
                + "or another control character", e.getMessage());
        assertTrue(!e.getMessage().contains(SECRET));
    }
}
