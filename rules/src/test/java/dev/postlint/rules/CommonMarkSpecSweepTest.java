package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import dev.postlint.core.config.Config;
import dev.postlint.core.markdown.ImageRef;
import dev.postlint.core.markdown.Link;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the CommonMark spec (0.30, as flexmark ships it), and examples of GFM's additions,
 * go through the whole engine as posts, every rule on: no internal error, every finding inside the file;
 * and the links and images postlint sees are the ones the CommonMark spec's own HTML renders, with the
 * same targets and alt texts.
 */
class CommonMarkSpecSweepTest {
    @TempDir
    Path dir;

    /** A spec example: its number, section, Markdown and the HTML the spec renders. */
    private record Example(int number, String section, String markdown, String html) {
    }

    /**
     * Examples where flexmark 0.64 reads the Markdown otherwise than the spec, so postlint sees other
     * links or images than the spec renders, each with the reason. They are edge cases of the syntax
     * that posts hardly write; the sweep keeps the list from growing.
     */
    private static final Map<Integer, String> FLEXMARK_DIFFERS = Map.of(
            195, "a definition whose <destination with a space> stands on the line after its label",
            201, "[foo]: <bar>(baz) is no definition to the spec; flexmark takes <bar>",
            215, "a definition followed by a setext heading: flexmark makes the definition line part of the heading",
            216, "a definition followed by '===': flexmark reads the two lines as a setext heading",
            492, "[link](<foo\\>): the escaped '>' leaves the destination open, so the spec sees no link",
            493, "[a](<b)c: an unclosed '<' destination is no link to the spec",
            539, "[ẞ] matches [SS] only with Unicode's full case folding, which flexmark does not do");

    private static List<Example> examples() throws IOException {
        String spec;
        try (InputStream in = CommonMarkSpecSweepTest.class.getResourceAsStream("/spec.0.30.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String fence = "`".repeat(32);
        String section = "";
        String[] lines = spec.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#")) {
                section = lines[i].replaceFirst("^#+\\s*", "");
            }
            if (lines[i].equals(fence + " example")) {
                StringBuilder markdown = new StringBuilder();
                int j = i + 1;
                for (; !lines[j].equals("."); j++) {
                    markdown.append(lines[j]).append('\n');
                }
                StringBuilder html = new StringBuilder();
                for (j++; !lines[j].equals(fence); j++) {
                    html.append(lines[j]).append('\n');
                }
                examples.add(new Example(examples.size() + 1, section, markdown.toString().replace('→', '\t'),
                        html.toString().replace('→', '\t')));
                i = j;
            }
        }
        return examples;
    }

    private static String decoded(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    @Test
    void everyExampleParsesAndItsLinksAndImagesAreTheSpecs() throws IOException {
        List<Example> examples = examples();
        assertTrue(examples.size() > 600, "examples found: " + examples.size());
        Map<Integer, String> differences = new TreeMap<>();
        PostParser parser = new PostParser(List.of());
        for (Example example : examples) {
            byte[] bytes = example.markdown().getBytes(StandardCharsets.UTF_8);
            Post post = parser.parse("example.md", Path.of("example.md"), bytes);
            int lineCount = example.markdown().split("\n", -1).length;
            List<String> ours = new ArrayList<>();
            for (Link link : post.body().links()) {
                assertTrue(link.urlPosition().line() >= 1 && link.urlPosition().line() <= lineCount,
                        "example " + example.number() + ": " + link);
                ours.add("a " + decoded(link.url()));
            }
            for (ImageRef image : post.body().images()) {
                assertTrue(image.srcPosition().line() >= 1 && image.srcPosition().line() <= lineCount,
                        "example " + example.number() + ": " + image);
                if (image.kind() == ImageRef.Kind.MARKDOWN || image.kind() == ImageRef.Kind.HTML) {
                    ours.add("img " + decoded(image.src()) + " alt=" + image.alt().orElse(""));
                }
            }
            // The XML parser keeps the elements as written; an HTML parser would copy an unclosed <a> into later blocks.
            Document html = Jsoup.parse(example.html(), "", Parser.xmlParser());
            List<String> spec = new ArrayList<>();
            for (Element a : html.select("a[href]")) {
                spec.add("a " + decoded(a.attr("href")));
            }
            for (Element img : html.select("img")) {
                spec.add("img " + decoded(img.attr("src")) + " alt=" + img.attr("alt"));
            }
            if (!sorted(ours).equals(sorted(spec)) && !FLEXMARK_DIFFERS.containsKey(example.number())) {
                differences.put(example.number(), example.section() + ": " + example.markdown().strip()
                        + "\n    spec: " + spec + "\n    ours: " + ours);
            }
        }
        StringBuilder report = new StringBuilder();
        differences.forEach((n, d) -> report.append("example ").append(n).append(" (").append(d).append(")\n"));
        assertEquals(0, differences.size(), report.toString());
    }

    /**
     * Examples of what GFM adds to CommonMark (tables, task lists, strikethrough, extended autolinks,
     * disallowed raw HTML), written anew after the sections of the GFM spec, which flexmark does not ship.
     */
    private static final String[] GFM_EXAMPLES = {
        "| foo | bar |\n| --- | --- |\n| baz | bim |\n",
        "| abc | defghi |\n:-: | -----------:\nbar | baz\n",
        "| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n",
        "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n",
        "| a | b |\n| - | - |\n| [link](/x) | ![img](/y.png) |\n",
        "- [ ] foo\n- [x] bar\n",
        "- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n",
        "~~Hi~~ Hello, ~there~ world!\n",
        "This ~~has a\n\nnew paragraph~~.\n",
        "www.commonmark.org/help and http://commonmark.org.\n",
        "Visit www.example.com/search?q=Markup+(business)))\n",
        "foo@bar.baz and hello+xyz@mail.example\n",
        "<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>\n",
        "[^1] footnote-like text\n\n[^1]: Not a footnote in CommonMark.\n",
    };

    @Test
    void everyExampleGoesThroughEveryRuleAndEveryFindingIsInsideItsFile() throws Exception {
        List<Example> examples = new ArrayList<>(examples());
        for (String gfm : GFM_EXAMPLES) {
            examples.add(new Example(examples.size() + 1, "GFM", gfm, ""));
        }
        Map<String, Example> byFile = new TreeMap<>();
        for (Example example : examples) {
            String name = "example-" + example.number() + ".md";
            Files.writeString(dir.resolve(name), example.markdown());
            byFile.put(name, example);
        }
        RuleRegistry registry = RuleRegistry.loadBuiltIn();
        Config config = Config.defaults(dir);
        config = config.toBuilder().links(config.links().offline()).build();
        LintResult result = new Linter(config, registry, 2).run(new FileCollector(config, dir).collect(List.of(".")));
        assertEquals(List.of(), result.errors(), "internal errors");
        assertTrue(result.findings().size() > 1000, "the examples give findings: " + result.findings().size());
        for (Finding f : result.findings()) {
            Example example = byFile.get(Path.of(f.file()).getFileName().toString());
            String[] lines = example.markdown().split("\n", -1);
            assertTrue(f.line() >= 1 && f.line() <= lines.length, f.toString());
            assertTrue(f.column() >= 1 && f.column() <= lines[f.line() - 1].length() + 1, f.toString());
        }
    }

    private static List<String> sorted(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        copy.sort(null);
        return copy;
    }
}
