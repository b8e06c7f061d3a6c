package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.config.Config;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.rule.SuppressionRule;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Example" of every rule page in {@code docs/rules/} is run: its Markdown block is saved as a post of
 * the bundled example site ({@code examples/}) under the file name the output block shows, checked by the
 * rule with links offline, and the output must be exactly the block's.
 */
class DocExamplesTest {
    private static final Path DOCS = Path.of("../docs/rules");
    private static final Path EXAMPLE_SITE = Path.of("../examples");
    /** Pages whose example a Markdown block cannot show, and why; their fixtures test them instead. */
    private static final Map<String, String> WITHOUT_MARKDOWN = Map.of(
            "duplicate-title", "it takes two posts",
            "duplicate-description", "it takes two posts",
            "file-encoding", "it takes bytes that are not UTF-8",
            "paragraph-length", "it takes a paragraph of over 150 words",
            "readability", "it takes a hundred words of hard text",
            "processing-error", "it takes a file of 100,000 '>' or 10 MB");
    /** Pages whose example links to the web: with links offline, only their other findings can be seen. */
    private static final Set<String> NEEDS_NETWORK = Set.of("link-broken", "link-redirect");
    private static final Pattern EXAMPLE = Pattern.compile(
            "## Example\\n(.*?)```markdown\\n(.*?)```\\n(.*?)```\\n(.*?)```\\n", Pattern.DOTALL);

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> examples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleRegistry.loadBuiltIn().all()) {
            Path page = DOCS.resolve(rule.id() + ".md");
            tests.add(DynamicTest.dynamicTest(rule.id(), page.toUri(), () -> check(rule, Files.readString(page))));
        }
        return tests.stream();
    }

    private void check(Rule rule, String page) throws Exception {
        Matcher m = EXAMPLE.matcher(page);
        if (!m.find()) {
            assertTrue(WITHOUT_MARKDOWN.containsKey(rule.id()), "the page of " + rule.id() + " has no example to run");
            return;
        }
        List<String> expected = m.group(4).lines()
                .filter(line -> !(NEEDS_NETWORK.contains(rule.id()) && line.contains("The link to http"))).toList();
        String fileName = expected.isEmpty() ? "post.md" : expected.get(0).substring(0, expected.get(0).indexOf(':'));
        Path site = work.resolve(rule.id());
        copy(EXAMPLE_SITE, site);
        Path posts = site.resolve("_posts");
        Files.writeString(posts.resolve(fileName), m.group(2));
        RuleRegistry registry = new RuleRegistry(rulesOfExample(rule, m.group(2)));
        Config config = Config.defaults(site).toBuilder().links(Config.defaults(site).links().offline()).build();
        LintResult result = new Linter(config, registry, 1)
                .run(new FileCollector(config, posts).collect(List.of(fileName)));
        List<String> actual = new ArrayList<>();
        for (Finding f : result.findings()) {
            actual.add(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + " " + f.ruleId()
                    + " " + f.message());
            for (RelatedLocation r : f.related()) {
                actual.add("    " + r.file() + ":" + r.line() + ":" + r.column() + ": " + r.message());
            }
        }
        assertEquals(expected, actual, "the example on the page of " + rule.id());
    }

    /**
     * The rule alone; a rule about suppressions also with the rules its example's Markdown names, since
     * what it reports depends on what they report.
     */
    private static List<Rule> rulesOfExample(Rule rule, String markdown) {
        if (!(rule instanceof SuppressionRule)) {
            return List.of(rule);
        }
        List<Rule> rules = new ArrayList<>(List.of(rule));
        RuleRegistry.loadBuiltIn().all().stream().filter(r -> !(r instanceof SuppressionRule))
                .filter(r -> markdown.contains(r.id())).forEach(rules::add);
        return rules;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
