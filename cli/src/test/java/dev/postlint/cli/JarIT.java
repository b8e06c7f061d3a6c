package dev.postlint.cli;

import dev.postlint.core.rule.RuleRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a real process: the rules must be found by ServiceLoader inside it. */
class JarIT {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, List.of(), args);
    }

    private Result run(Path workDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of(System.getProperty("postlint.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void jarChecksTheSeedWithDefaultsWhenNoConfigExists() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path seed = SharedFiles.root().resolve("seed");
        Result result = run(work, "check", seed.toString(), "--format", "json", "--offline");
        assertEquals(1, result.code(), result.err());
        JsonNode summary = new ObjectMapper().readTree(result.out()).get("summary");
        assertEquals("{\"error\":4,\"warning\":9,\"info\":0}", summary.toString(), result.out());
    }

    @Test
    void jarListsRulesAndPrintsItsVersion() throws Exception {
        Result rules = run(dir, "rules");
        assertEquals(0, rules.code());
        assertEquals(RuleRegistry.loadBuiltIn().all().size(), rules.out().lines().count(), rules.out());
        Result version = run(dir, "--version");
        assertTrue(version.out().matches("postlint \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
    }

    /**
     * Dates in permalinks are written with ASCII digits whatever the system's locale: under Persian, Java formats
     * {@code %02d} with Persian digits, so every dated link between posts was reported broken.
     */
    @Test
    void datedPermalinksUseAsciiDigitsUnderAnyLocale() throws Exception {
        Path jekyll = Files.createDirectories(dir.resolve("jekyll/_posts"));
        Files.writeString(jekyll.resolveSibling("_config.yml"), "permalink: /:year/:month/:day/:title/\n");
        String links = "See [the second post](/2021/03/09/second/), not [this](/2021/03/10/second/).\n";
        int column = links.indexOf("/2021/03/10/") + 1;
        Files.writeString(jekyll.resolve("2021-03-09-first.md"), "---\ntitle: The first post of March\n---\n" + links);
        Files.writeString(jekyll.resolve("2021-03-09-second.md"), "---\ntitle: The second post of March\n---\n"
                + "See [the first post](/2021/03/09/first/).\n");
        Path hugo = Files.createDirectories(dir.resolve("hugo/content/posts"));
        Files.writeString(hugo.getParent().resolveSibling("hugo.toml"), "baseURL = 'https://example.org/'\n"
                + "[permalinks]\n  posts = '/:year/:month/:day/:slug/'\n");
        Files.writeString(hugo.resolve("first.md"), "---\ntitle: The first post of March\ndate: 2021-03-09\n"
                + "slug: first\n---\n" + links);
        Files.writeString(hugo.resolve("second.md"), "---\ntitle: The second post of March\ndate: 2021-03-09\n"
                + "slug: second\n---\nSee [the first post](/2021/03/09/first/).\n");
        Map<Path, String> broken = Map.of(jekyll.getParent(), "_posts/2021-03-09-first.md:4:" + column,
                hugo.getParent().getParent(), "content/posts/first.md:6:" + column);
        for (Map.Entry<Path, String> site : broken.entrySet()) {
            Result result = run(site.getKey(), List.of("-Duser.language=fa", "-Duser.country=IR"), "check", ".",
                    "--offline", "--no-cache", "--format", "json");
            assertEquals(1, result.code(), result.err());
            JsonNode report = new ObjectMapper().readTree(result.out());
            assertEquals(2, report.get("files").asInt(), result.out());
            List<String> found = new ArrayList<>();
            for (JsonNode finding : report.get("findings")) {
                if (finding.get("rule").asText().equals("link-broken")) {
                    found.add(finding.get("file").asText() + ":" + finding.get("line") + ":" + finding.get("column"));
                    assertTrue(finding.get("message").asText().startsWith("The link target '/2021/03/10/second/'"),
                            finding.toString());
                }
            }
            assertEquals(List.of(site.getValue()), found, result.out());
        }
    }

    /**
     * The result cache holds across starts of Java with a config whose overrides set several rules: the
     * config's maps iterate in another order at each start (without the JDK's archive, as under the
     * launcher's parallel collector), and that order was part of the cache's key.
     */
    @Test
    void aSecondProcessTakesTheCacheOfTheFirstWithOverridesOfSeveralRules() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(site.resolve("post-" + i + ".md"), "---\ntitle: Post " + i + "\n---\n# Post " + i
                    + "\n\nSome words [here](https://example.org/" + i + ").\n");
        }
        Files.writeString(site.resolve(".postlint.yml"), "overrides:\n  - files: [\"post-1.md\"]\n    rules:\n"
                + "      word-count: off\n      readability: off\n      link-text: warning\n"
                + "      paragraph-length: off\n      single-h1: info\n      title-length: off\n");
        Path cache = site.resolve(".postlint-cache").resolve("results.bin");
        Thread.sleep(2_100); // files left alone, so that the first run keeps its whole report
        Result first = run(site, List.of("-Xshare:off"), "check", ".", "--offline", "--format", "json");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("\"rule\": \"link-text\""), first.out());
        byte[] written = Files.readAllBytes(cache);
        for (int i = 0; i < 3; i++) {
            Result again = run(site, List.of("-Xshare:off"), "check", ".", "--offline", "--format", "json");
            assertEquals(first.out(), again.out());
            assertEquals("", again.err());
            assertTrue(java.util.Arrays.equals(written, Files.readAllBytes(cache)),
                    "the run was taken whole, so the file was left as it was");
        }
    }
}
