package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigException;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * processing-error, and hostile input at large: files made to crash or hang a linter, checked in one run with a good post beside them: each gets
 * its exact finding, the good post gets its own, and nothing stops the run.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProcessingErrorRuleTest {
    private static final String FM = "---\ntitle: A title long enough for the check\n---\n\n";

    @TempDir
    Path dir;

    private LintResult run(Path site) throws Exception {
        Config config = Config.defaults(site);
        List<InputFile> files = new FileCollector(config).collect(List.of(site.toString()));
        return new Linter(config, RuleRegistry.loadBuiltIn(), 2).run(files);
    }

    private static List<String> of(LintResult result, String file, String... rules) {
        List<String> found = new ArrayList<>();
        for (Finding f : result.findings()) {
            if ((f.file().equals(file) || f.file().endsWith("/" + file)) && List.of(rules).contains(f.ruleId())) {
                found.add(f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message());
            }
        }
        return found;
    }

    @Test
    void eachHostileFileGetsItsFindingAndTheRunGoesOn() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("good.md"), FM + "Text with ![](missing.png) an image that is not there.\n");
        Files.writeString(site.resolve("huge.md"), FM + ("word ".repeat(20) + "\n").repeat(210_000));
        Files.writeString(site.resolve("one-line.md"), FM + "word ".repeat(200_000) + "\n");
        Files.writeString(site.resolve("too-long-line.md"), FM + "x".repeat(2_500_000) + "\n");
        Files.writeString(site.resolve("quotes.md"), FM + ">".repeat(100_000) + " x\n");
        StringBuilder list = new StringBuilder(FM);
        for (int i = 0; i < 3000; i++) {
            list.append("  ".repeat(i)).append("- x\n");
        }
        Files.writeString(site.resolve("deep-list.md"), list);
        Files.writeString(site.resolve("inline-list.md"), FM + "- ".repeat(100_000) + "x\n");
        Files.writeString(site.resolve("stars.md"), FM + "*".repeat(100_000) + "\n");
        Files.writeString(site.resolve("brackets.md"), FM + "[".repeat(100_000) + "\n");
        Files.writeString(site.resolve("tags.md"), FM + "<span>".repeat(50_000) + "\n");
        Files.writeString(site.resolve("images.md"), FM + "![a](none.png) ".repeat(5_000) + "\n");
        StringBuilder bomb = new StringBuilder("---\ntitle: Laughs\na0: &a0 [x, x, x, x, x, x]\n");
        for (int i = 1; i <= 8; i++) {
            String before = "*a" + (i - 1);
            bomb.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ",
                    List.of(before, before, before, before, before, before))).append("]\n");
        }
        Files.writeString(site.resolve("laughs.md"), bomb + "---\n\nText.\n");
        Files.writeString(site.resolve("self.md"), "---\ntitle: Self\na: &a [*a]\n---\n\nText.\n");
        Files.writeString(site.resolve("tagged.md"), "---\ntitle: !!java.io.File /etc/passwd\n---\n\nText.\n");
        Files.writeString(site.resolve("toml.md"), "+++\ntitle = \"Deep\"\na = " + "[".repeat(10_000)
                + "]".repeat(10_000) + "\n+++\n\nText.\n");
        Files.writeString(site.resolve("json.md"), "{\"title\": \"Deep\", \"a\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}\n\nText.\n");
        Files.writeString(site.resolve("toml-wide.md"), "+++\ntitle = \"Wide array for the check\"\na = ["
                + "1, ".repeat(300_000) + "1]\n+++\n\nText.\n");
        Files.writeString(site.resolve("json-wide.md"), "{\"title\": \"Wide array for the check\", \"a\": ["
                + "1, ".repeat(300_000) + "1]}\n\nText.\n");
        Files.write(site.resolve("latin1.md"), (FM + "Straßencafé\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(site.resolve("utf16.md"), (FM + "Hallo\n").getBytes(StandardCharsets.UTF_16));
        byte[] binary = new byte[65_536];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        Files.write(site.resolve("binary.md"), binary);
        Files.writeString(site.resolve("empty.md"), "");
        Files.writeString(site.resolve("dashes.md"), "---\n");
        Files.createDirectories(site.resolve("folder.md"));

        LintResult result = run(site);

        assertEquals(List.of(), result.errors());
        assertEquals(List.of("5:15 image-missing The image 'missing.png' does not exist in the site, so readers see "
                + "a broken image."), of(result, "good.md", "image-missing"));
        assertEquals(List.of("1:1 processing-error This file is 20.2 MB, more than limits.maxFileSize (10.0 MB) "
                + "allows; it was not checked."), of(result, "huge.md", "processing-error"));
        assertEquals(List.of(), of(result, "one-line.md", "processing-error"));
        assertEquals(List.of("5:1 processing-error This line has 2500000 characters, more than limits.maxLineLength "
                + "(2000000) allows; the file was not checked."), of(result, "too-long-line.md", "processing-error"));
        assertEquals(List.of("5:1 processing-error This file nests block quotes, lists or indentation 100000 levels "
                + "deep, more than limits.maxNesting (250) allows; it was not checked."),
                of(result, "quotes.md", "processing-error"));
        assertEquals(List.of("3003:1 processing-error This file nests block quotes, lists or indentation 1500 levels "
                + "deep, more than limits.maxNesting (250) allows; it was not checked."),
                of(result, "deep-list.md", "processing-error"));
        assertEquals(List.of("5:1 processing-error This file nests block quotes, lists or indentation 125000 levels "
                + "deep, more than limits.maxNesting (250) allows; it was not checked."),
                of(result, "inline-list.md", "processing-error"));
        assertEquals(List.of("2:8 front-matter-syntax Front matter is not valid YAML: Global tag is not allowed: "
                + "tag:yaml.org,2002:java.io.File."), of(result, "tagged.md", "front-matter-syntax"));
        for (String parsed : List.of("stars.md", "brackets.md", "tags.md")) {
            assertEquals(List.of(), of(result, parsed, "processing-error", "front-matter-syntax"), parsed);
        }
        assertEquals(1001, result.findings().stream().filter(f -> f.file().endsWith("/images.md")).count());
        assertEquals(List.of("5:14961 processing-error postlint stopped reporting at 1000 findings in this file "
                + "(limits.maxFindingsPerFile); 4003 more were left out."), of(result, "images.md", "processing-error"));
        assertEquals(List.of("7:5 front-matter-syntax Front matter cannot be read: its aliases (*name) expand it to "
                + "more than 10000 values."), of(result, "laughs.md", "front-matter-syntax"));
        assertEquals(List.of("3:4 front-matter-syntax Front matter cannot be read: an alias (*name) refers to a value "
                + "that contains it, so the value would never end."), of(result, "self.md", "front-matter-syntax"));
        assertEquals(List.of(), of(result, "toml.md", "processing-error"));
        assertEquals(List.of("2:9 title-length The title has only 4 characters; use at least 20 to tell readers and "
                + "search engines what the post is about."), of(result, "toml.md", "title-length"));
        assertEquals(List.of("1:1 front-matter-syntax Front matter cannot be read: Document nesting depth (1001) "
                + "exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)."),
                of(result, "json.md", "front-matter-syntax"));
        for (String wide : List.of("toml-wide.md", "json-wide.md")) {
            assertEquals(List.of(), of(result, wide, "processing-error", "front-matter-syntax"), wide);
            assertEquals(1, of(result, wide, "word-count").size(), wide + " is checked");
        }
        String encoding = " file-encoding The file is not valid UTF-8 from here on (it was probably saved as Latin-1 or "
                + "Windows-1252); save it as UTF-8 so letters such as ä, é or ß show up correctly.";
        assertEquals(List.of("5:5" + encoding), of(result, "latin1.md", "file-encoding"));
        assertEquals(List.of("1:1" + encoding), of(result, "utf16.md", "file-encoding"));
        assertEquals(List.of(), of(result, "binary.md", "processing-error"));
        assertEquals(List.of("1:1 front-matter-syntax Front matter starts with '---' on line 1 but has no closing '---' "
                + "line, so the whole file is read as text."), of(result, "dashes.md", "front-matter-syntax"));
        assertTrue(result.findings().stream().noneMatch(f -> f.file().endsWith("folder.md")));
    }

    @Test
    void aFifoAndLinksOutOfTheTreeOrInALoopAreNotReadAndAreReported() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("good.md"), FM + "Text.\n");
        Files.writeString(dir.resolve("outside.md"), FM + "Outside.\n");
        Files.createSymbolicLink(site.resolve("out.md"), dir.resolve("outside.md"));
        Files.createSymbolicLink(site.resolve("loop.md"), site.resolve("loop.md"));
        Files.createSymbolicLink(site.resolve("zero.md"), Path.of("/dev/zero"));
        Process mkfifo = new ProcessBuilder("mkfifo", site.resolve("pipe.md").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Config config = Config.defaults(site);
        FileCollector collector = new FileCollector(config);
        List<InputFile> files = collector.collect(List.of(site.toString()));
        assertEquals(List.of("good.md"), files.stream().map(f -> f.path().getFileName().toString()).toList());
        assertEquals(List.of("loop.md", "out.md", "zero.md"), collector.skipped().stream()
                .map(s -> Path.of(s.substring(0, s.indexOf(':'))).getFileName().toString()).sorted().toList());
        assertTrue(collector.skipped().get(0).endsWith(": a symbolic link, which postlint does not follow inside "
                + "folders"), collector.skipped().toString());
        // Named directly, a link to a device is refused unread.
        LintResult direct = new Linter(config, RuleRegistry.loadBuiltIn(), 1)
                .run(List.of(new InputFile("zero.md", site.resolve("zero.md"))));
        assertEquals(List.of("1:1 processing-error This is not a regular file (a device, a pipe or a folder); it was "
                + "not read."), of(direct, "zero.md", "processing-error"));
    }

    @Test
    void aTargetNoFileNameCanHoldIsAMissingImageNotAFailedRule() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("nul.md"), FM + "![a](pic\u0000ture.png) and [a link](page\u0000.md)\n");
        Files.writeString(site.resolve("good.md"), FM + "![b](gone.png)\n");
        LintResult result = run(site);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("5:6"), of(result, "nul.md", "image-missing").stream().map(s -> s.split(" ")[0]).toList());
        assertEquals(List.of("5:33"), of(result, "nul.md", "link-broken").stream().map(s -> s.split(" ")[0]).toList());
        assertEquals(1, of(result, "good.md", "image-missing").size(), "the rule's other findings are kept");
    }

    @Test
    void aFileDeletedDuringTheRunIsAOneLineErrorAndTheRestIsChecked() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("a.md"), FM + "Text.\n");
        Files.writeString(site.resolve("b.md"), FM + "Text.\n");
        Config config = Config.defaults(site);
        List<InputFile> files = new FileCollector(config).collect(List.of(site.toString()));
        Files.delete(site.resolve("a.md"));
        LintResult result = new Linter(config, RuleRegistry.loadBuiltIn(), 1).run(files);
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).toString().contains("a.md"), result.errors().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.file().endsWith("b.md")));
    }

    @Test
    void hostileConfigValuesAreConfigErrorsWithTheirPlace() throws Exception {
        ConfigLoader loader = new ConfigLoader(RuleRegistry.loadBuiltIn());
        Path file = dir.resolve(".postlint.yml");
        for (String[] c : new String[][] {
            {"a: &a [*a]\n", ":1:4: cannot be read: an alias (*name) refers to a value that contains it, so the value "
                    + "would never end"},
            {"include: [\"**/*.{md\"]\n", ":1:10: '**/*.{md' in include is not a valid glob"},
            {"links:\n  timeout: 999999999999d\n", ":2:12: 'links.timeout' must be at most 3650d"},
            {"links:\n  timeout: 99999999999999999999999s\n", ":2:12: 'links.timeout' must be at most 3650d"},
            {"links:\n  timeout: 0s\n", ":2:12: 'links.timeout' must be longer than 0"},
            {"limits:\n  maxFileSize: 0\n", ":2:16: 'limits.maxFileSize' must be a size above 0 such as 500KB, 10MB "
                    + "or 1GB"},
        }) {
            Files.writeString(file, c[0]);
            ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file), c[0]);
            assertTrue(e.getMessage().startsWith(file + c[1]), e.getMessage());
        }
        Files.writeString(file, "limits:\n  maxFileSize: 2MB\n  maxNesting: 40\n  maxLineLength: 5000\n"
                + "  maxFileTime: 2s\n  maxFindingsPerFile: 10\n");
        assertEquals(new dev.postlint.core.config.Limits(2L << 20, 40, 5000, java.time.Duration.ofSeconds(2), 10),
                loader.load(file).limits());
    }
}
