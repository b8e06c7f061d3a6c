package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.Limits;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import dev.postlint.core.source.DecodedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random files never break the engine: random mixes of Markdown, HTML, YAML and TOML front matter and
 * template syntax, and random byte mutations of real posts. Each run ends with no internal error, no
 * more findings than the per-file limit allows, and every finding inside the file. The number of tries
 * comes from {@code jqwik.tries.default} (junit-platform.properties: 5,000 each; {@code -Pfuzz}: 500,000).
 */
class HostileInputPropertyTest {
    private static final RuleRegistry RULES = RuleRegistry.loadBuiltIn();
    private static final Path SITE = Path.of(System.getProperty("java.io.tmpdir"), "postlint-fuzz-site");
    private static final Config CONFIG = Config.defaults(SITE).toBuilder()
            .links(Config.defaults(SITE).links().offline())
            .limits(new Limits(1L << 20, 250, 100_000, java.time.Duration.ofSeconds(10), 200)).build();
    private static final List<String> TOKENS = List.of("---\n", "+++\n", "title: ", "a: &a [*a]\n", "b: *a\n",
            "title = \"x\"\n", "{\"title\": ", "# ", "## 1. ", "### ", "> ", "- ", "* ", "1. ", "  ", "    ", "\t",
            "\n", "\n\n", "\r\n", "*", "**", "_", "__", "`", "```\n", "~~~", "[", "]", "(", ")", "![", "](", "[^1]",
            "[^1]: ", "<", ">", "</", "<span>", "</span>", "<img src=\"a b.png\">", "<a href=\"#x\">", "</a>",
            "<div style=\"color:red\">", "<!-- postlint-disable -->", "<!--", "-->", "&amp;", "&#x41;", "&", "|",
            "| a | b |\n|---|---|\n", "{{< ref \"x.md\" >}}", "{% link a.md %}", "{{ ", " }}", "{#id}", "\\", "\"",
            "'", "https://example.com/a_(b)", "www.example.com", "@/x.md", "#anchor", "\u00e4\u00df", "\ud83d\ude00",
            "\u0000", "\u200b", "\ufeff", "word ", "Straße ", "2024-02-30", "date: 2024-13-45\n");

    @Provide
    Arbitrary<String> mixes() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(400).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        List<byte[]> posts = realPosts();
        return Arbitraries.integers().between(0, posts.size() - 1).flatMap(i -> {
            byte[] post = posts.get(i);
            Arbitrary<Tuple.Tuple3<Integer, Integer, Byte>> edit = Arbitraries.integers().between(0, 2)
                    .flatMap(kind -> Arbitraries.integers().between(0, Math.max(0, post.length - 1))
                            .flatMap(at -> Arbitraries.bytes().map(b -> Tuple.of(kind, at, b))));
            return edit.list().ofMinSize(1).ofMaxSize(40).map(edits -> mutate(post, edits));
        });
    }

    private static byte[] mutate(byte[] post, List<Tuple.Tuple3<Integer, Integer, Byte>> edits) {
        List<Byte> bytes = new ArrayList<>(post.length + edits.size());
        for (byte b : post) {
            bytes.add(b);
        }
        for (Tuple.Tuple3<Integer, Integer, Byte> e : edits) {
            int at = Math.min(e.get2(), Math.max(0, bytes.size() - 1));
            switch (e.get1()) {
                case 0 -> bytes.add(at, e.get3());
                case 1 -> {
                    if (!bytes.isEmpty()) {
                        bytes.remove(at);
                    }
                }
                default -> {
                    if (!bytes.isEmpty()) {
                        bytes.set(at, e.get3());
                    }
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    /** Posts of the shared corpus when it is there, else the bundled example site's, at most 60. */
    private static List<byte[]> realPosts() {
        Path corpus = Path.of("..", "..", "shared", "corpus");
        Path root = Files.isDirectory(corpus) ? corpus : Path.of("..", "examples");
        try (Stream<Path> files = Files.walk(root)) {
            List<byte[]> posts = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".md")).sorted().limit(400).toList()) {
                if (posts.size() < 60 && Files.size(p) < 40_000) {
                    posts.add(Files.readAllBytes(p));
                }
            }
            return posts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property
    void randomMixesNeverBreakTheEngine(@ForAll("mixes") String text) {
        checkHolds(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void mutatedRealPostsNeverBreakTheEngine(@ForAll("mutations") byte[] bytes) {
        checkHolds(bytes);
    }

    private static void checkHolds(byte[] bytes) {
        InputFile input = new InputFile("post.md", SITE.resolve("post.md"), Optional.of(bytes));
        LintResult result = new Linter(CONFIG, RULES, 1).run(List.of(input));
        assertEquals(List.of(), result.errors());
        assertTrue(result.findings().size() <= CONFIG.limits().maxFindingsPerFile() + 1, "per-file limit");
        int lines = DecodedFile.decode(bytes).source().lineCount();
        for (Finding f : result.findings()) {
            assertTrue(f.line() >= 1 && f.line() <= lines + 1 && f.column() >= 1, () -> "outside the file: " + f);
            assertTrue(!f.ruleId().equals(Linter.PROCESSING_ERROR) || !f.message().contains("failed"), f::toString);
        }
    }
}
