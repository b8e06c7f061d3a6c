package dev.postlint.cli;

import dev.postlint.core.rule.RuleRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String CLEAN = "---\ntitle: A clean post\ndescription: Nothing wrong here.\n"
            + "date: 2024-05-01\nauthor: Sam\n---\nHello.\n";

    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void emptyConfig() throws Exception {
        config = Files.writeString(dir.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
    }

    private Path post(String name, String text) throws Exception {
        Path file = dir.resolve("posts").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private CliRun check(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "check";
        args[1] = "--config";
        args[2] = config.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return CliRun.of(args);
    }

    @Test
    void cleanPostExitsZero() throws Exception {
        post("2024-05-01-clean.md", CLEAN);
        CliRun run = check(dir.resolve("posts").toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("No problems in 1 file ("), run.out());
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        post("warn.md", CLEAN.replace("title: A clean post", "title: \"A clean post \""));
        String posts = dir.resolve("posts").toString();
        assertEquals(0, check(posts).exitCode());
        assertEquals(1, check(posts, "--fail-on", "warning").exitCode());
        assertEquals(1, check(posts, "--fail-on", "info").exitCode());
        assertEquals(0, check(posts, "--fail-on", "never").exitCode());
    }

    @Test
    void maxAllowedToleratesThatManyFindingsAtTheFailLevel() throws Exception {
        post("styled.md", CLEAN.replace("Hello.", "<p style=\"a\">Hello.</p>\n\n<p style=\"b\">Bye.</p>")
                .replace("title: A clean post", "title: \"A clean post \""));
        String posts = dir.resolve("posts").toString();
        assertEquals(1, check(posts).exitCode());
        assertEquals(1, check(posts, "--max-allowed", "1").exitCode());
        assertEquals(0, check(posts, "--max-allowed", "2").exitCode());
        assertEquals(1, check(posts, "--max-allowed", "2", "--fail-on", "info").exitCode(), "two errors and a warning");
        CliRun negative = check(posts, "--max-allowed", "-1");
        assertEquals(2, negative.exitCode());
        assertEquals("postlint: --max-allowed must be 0 or more\n", negative.err());
    }

    @Test
    void configCanTurnRulesOffAndChangeSeverity() throws Exception {
        post("warn.md", CLEAN.replace("title: A clean post", "title: \"A clean post \""));
        String posts = dir.resolve("posts").toString();
        Files.writeString(config, TestConfigs.WITHOUT_LENGTH_RULES + "  front-matter-whitespace: error\n");
        assertEquals(1, check(posts).exitCode());
        Files.writeString(config, TestConfigs.WITHOUT_LENGTH_RULES + "  front-matter-whitespace: off\n");
        CliRun run = check(posts, "--fail-on", "info");
        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    void configErrorIsOneLineWithFileAndLineAndExitsTwo() throws Exception {
        post("a.md", CLEAN);
        Files.writeString(config, "rules:\n  stale-year:\n    graceDays: soon\n");
        CliRun run = check(dir.resolve("posts").toString());
        assertEquals(2, run.exitCode());
        assertEquals("postlint: " + config + ":3:16: option 'graceDays' of rule 'stale-year' must be a whole number\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingPathAndBadOptionAreUsageErrors() {
        CliRun missing = check(dir.resolve("nope").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("postlint: no such file or folder: " + dir.resolve("nope") + "\n", missing.err());
        assertEquals(2, CliRun.of("check", "--fail-on", "sometimes").exitCode());
        assertEquals(2, CliRun.of("check", "--config", dir.resolve("missing.yml").toString()).exitCode());
    }

    @Test
    void badFilesDoNotStopTheRun() throws Exception {
        post("a-broken-yaml.md", "---\ntitle: [oops\n---\nText\n");
        Files.write(dir.resolve("posts/b-latin1.md"), "---\ntitle: Stra\u00dfe\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        post("c-empty.md", "");
        post("d-crlf.md", CLEAN.replace("\n", "\r\n").replace("title: A clean post", "title: \" Spaced\""));
        post("e-bom.md", "\uFEFF" + CLEAN.replace("title: A clean post\n", ""));
        CliRun run = check(dir.resolve("posts").toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        StringBuilder seen = new StringBuilder();
        for (JsonNode f : findings) {
            String file = Path.of(f.get("file").asText()).getFileName().toString();
            seen.append(file).append(' ').append(f.get("rule").asText()).append(' ')
                    .append(f.get("line").asInt()).append(':').append(f.get("column").asInt()).append('\n');
        }
        String s = seen.toString();
        assertTrue(s.contains("a-broken-yaml.md front-matter-syntax 3:1\n"), s);
        assertTrue(s.contains("b-latin1.md file-encoding 2:12\n"), s);
        assertTrue(s.contains("c-empty.md front-matter-required 1:1\n"), s);
        assertTrue(s.contains("d-crlf.md front-matter-whitespace 2:9\n"), s);
        assertTrue(s.contains("e-bom.md front-matter-required 1:1\n"), s);
    }

    @Test
    void outputFileIsWrittenAndPostsAreNeverOverwritten() throws Exception {
        Path post = post("a.md", CLEAN);
        Path report = dir.resolve("out/report.json");
        assertEquals(0, check(post.toString(), "--format", "json", "--output", report.toString()).exitCode());
        assertTrue(Files.readString(report).contains("\"files\": 1"));
        CliRun refused = check(post.toString(), "--output", post.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("will not write a report to " + post), refused.err());
        assertEquals(CLEAN, Files.readString(post));
    }

    @Test
    void rulesCommandListsEveryRule() {
        CliRun run = CliRun.of("rules");
        assertEquals(0, run.exitCode());
        assertEquals(RuleRegistry.loadBuiltIn().all().size(), run.out().lines().count(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("stale-year +warning +front-matter +The title or description .*")), run.out());
    }

    @Test
    void resultsAreCachedBesideTheConfigUnlessNoCacheAndADamagedCacheIsOneLineOnStderr() throws Exception {
        Path config = Files.writeString(dir.resolve(".postlint.yml"), "links:\n  external: false\n");
        Files.writeString(dir.resolve("post.md"), "---\ntitle: A post about caching results\n---\nText.\n");
        Path cache = dir.resolve(".postlint-cache").resolve("results.bin");
        CliRun off = CliRun.of("check", dir.resolve("post.md").toString(), "--config", config.toString(), "--no-cache");
        assertTrue(!Files.exists(cache), "--no-cache writes no cache");
        CliRun first = CliRun.of("check", dir.resolve("post.md").toString(), "--config", config.toString());
        assertTrue(Files.isRegularFile(cache));
        CliRun cached = CliRun.of("check", dir.resolve("post.md").toString(), "--config", config.toString());
        String timing = "\\(\\d+(\\.\\d+)? s\\)";
        assertTrue(off.out().contains("word-count"), off.out());
        assertEquals(off.out().replaceAll(timing, ""), cached.out().replaceAll(timing, ""), "the same findings from the cache");
        Files.writeString(cache, "damaged");
        CliRun damaged = CliRun.of("check", dir.resolve("post.md").toString(), "--config", config.toString());
        assertEquals(first.exitCode(), damaged.exitCode());
        assertEquals(1, damaged.err().lines().filter(l -> l.contains("result cache")).count(), damaged.err());
        assertTrue(damaged.err().lines().allMatch(l -> l.startsWith("postlint: ")), damaged.err());
    }
}
