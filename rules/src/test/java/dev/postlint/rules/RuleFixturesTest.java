package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every fixture under {@code src/test/resources/fixtures/<rule-id>/<case>/}: a case is a folder of
 * posts (and, if the case needs options, a {@code .postlint.yml}) checked by that one rule the way the
 * engine checks a site. Each post names the findings it expects in comments such as
 * {@code <!-- expect: link-text 12:5 warning "The link text ..." -->} (position as the file reads, the
 * severity and the message optional), followed by {@code | related FILE LINE:COLUMN "message"} for each
 * place the finding points to besides its own. The comments are blanked to spaces before the check,
 * so no position moves, and the rule's findings must be exactly the expected ones.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Pattern MARKER = Pattern.compile("<!-- expect: (.*?) -->");
    private static final Pattern EXPECTATION = Pattern.compile(
            "([a-z0-9-]+) (\\d+):(\\d+)(?: (error|warning|info))?(?: \"(.*?)\")?((?: \\| related .*)*)");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        List<DynamicNode> rules = new ArrayList<>();
        RuleRegistry builtIn = RuleRegistry.loadBuiltIn();
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            for (Path folder : folders.sorted().toList()) {
                String id = folder.getFileName().toString();
                Rule rule = builtIn.find(id).orElseThrow(() -> new AssertionError("no rule '" + id + "' for " + folder));
                try (Stream<Path> cases = Files.list(folder)) {
                    List<DynamicNode> tests = cases.sorted()
                            .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), c.toUri(), () -> check(rule, c)))
                            .map(DynamicNode.class::cast).toList();
                    rules.add(DynamicContainer.dynamicContainer(id, tests));
                }
            }
        }
        return rules.stream();
    }

    @Test
    void everyRuleHasFixturesOrATestClassOfItsOwn() {
        for (Rule rule : RuleRegistry.loadBuiltIn().all()) {
            String testClass = rule.getClass().getSimpleName() + "Test.java";
            assertTrue(Files.isDirectory(FIXTURES.resolve(rule.id()))
                            || Files.isRegularFile(Path.of("src/test/java/dev/postlint/rules").resolve(testClass)),
                    rule.id() + " has neither fixtures nor " + testClass);
        }
    }

    /** A finding as markers write it: {@code rule line:column severity "message"}. */
    private record Expected(String rule, int line, int column, String severity, String message, List<String> related) {
        boolean matches(Finding f) {
            return f.ruleId().equals(rule) && f.line() == line && f.column() == column
                    && (severity == null || f.severity().label().equals(severity))
                    && (message == null || f.message().equals(message))
                    && related.equals(RuleFixturesTest.related(f));
        }

        @Override
        public String toString() {
            return rule + " " + line + ":" + column + (severity == null ? "" : " " + severity)
                    + (message == null ? "" : " \"" + message + "\"")
                    + related.stream().map(r -> " | related " + r).collect(Collectors.joining());
        }
    }

    private static List<String> related(Finding f) {
        return f.related().stream().map(r -> Path.of(r.file()).getFileName() + " " + r.line() + ":" + r.column()
                + " \"" + r.message() + "\"").toList();
    }

    private void check(Rule rule, Path caseFolder) throws Exception {
        Path site = work.resolve(caseFolder.getParent().getFileName() + "-" + caseFolder.getFileName());
        List<Expected> expectations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(caseFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = caseFolder.relativize(file).toString().replace('\\', '/');
                Path copy = site.resolve(relative);
                Files.createDirectories(copy.getParent());
                // ISO-8859-1 maps bytes to chars one to one, so files in any encoding are copied as they are.
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Matcher m = MARKER.matcher(text);
                StringBuilder blanked = new StringBuilder();
                while (m.find()) {
                    String marker = new String(m.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                    Expected e = parse(marker, file);
                    assertEquals(rule.id(), e.rule(), file + ": a fixture of " + rule.id() + " expects " + e.rule());
                    expectations.add(e);
                    m.appendReplacement(blanked, " ".repeat(m.group().length()));
                }
                m.appendTail(blanked);
                Files.write(copy, blanked.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        LintResult result = run(rule, site);
        assertEquals(List.of(), result.errors(), "the fixture must be checked without errors");
        List<String> unexpected = new ArrayList<>();
        List<Expected> unmatched = new ArrayList<>(expectations);
        for (Finding f : result.findings()) {
            Expected hit = unmatched.stream().filter(e -> e.matches(f)).findFirst().orElse(null);
            if (hit == null) {
                unexpected.add(f.file() + " " + f.ruleId() + " " + f.line() + ":" + f.column() + " "
                        + f.severity().label() + " \"" + f.message() + "\""
                        + related(f).stream().map(r -> " | related " + r).collect(Collectors.joining()));
            } else {
                unmatched.remove(hit);
            }
        }
        assertTrue(unexpected.isEmpty() && unmatched.isEmpty(), caseFolder + "\nnot expected:\n  "
                + String.join("\n  ", unexpected) + "\nexpected but not found:\n  "
                + String.join("\n  ", unmatched.stream().map(Expected::toString).toList()));
    }

    private static Expected parse(String text, Path file) {
        Matcher m = EXPECTATION.matcher(text.strip());
        if (!m.matches()) {
            throw new AssertionError(file + ": cannot read the expectation '" + text + "'");
        }
        List<String> related = Arrays.stream(m.group(6).split(" \\| related ")).filter(r -> !r.isBlank()).toList();
        return new Expected(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                m.group(5), related);
    }

    /** The one rule over the case's folder, with the case's own config if it has one. */
    static LintResult run(Rule rule, Path site) {
        try {
            RuleRegistry registry = new RuleRegistry(List.of(rule));
            Path configFile = site.resolve(ConfigLoader.FILE_NAME);
            Config config = Files.isRegularFile(configFile) ? new ConfigLoader(registry).load(configFile)
                    : Config.defaults(site);
            config = config.toBuilder().links(config.links().offline()).build();
            var files = new FileCollector(config, site).collect(List.of("."));
            return new Linter(config, registry, 2).run(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.postlint.core.config.ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
