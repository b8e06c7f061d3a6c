package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.postlint.core.pipeline.CheckPipeline;
import dev.postlint.core.pipeline.CheckRequest;
import dev.postlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code check --fix} over generated posts (10 per try, 2,000 in all): quoted front-matter values
 * padded with spaces, image paths with spaces in front matter, Markdown and HTML, prose around them,
 * LF or CRLF, with or without a byte order mark. After the fix each file must be exactly the file as
 * written with only those spans changed: spaces inside the quotes removed, spaces in paths written as %20.
 */
class FixPropertyTest {
    private static final List<String> WORDS = List.of("garden", "spring", "frost", "seeds", "water", "the", "and",
            "beds", "tomato", "early", "Kompost", "über", "été");

    /** One generated post: its text as written and as the fix must leave it. */
    record Sample(String before, String after, String lineEnd, boolean bom) {
        byte[] bytes(String text) {
            byte[] body = text.replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);
            if (!bom) {
                return body;
            }
            byte[] all = new byte[body.length + 3];
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
            return all;
        }
    }

    @Property(tries = 200)
    void onlyTheFixedSpansChange(@ForAll("sites") List<Sample> posts) throws Exception {
        Path site = Files.createTempDirectory("postlint-fix-");
        try {
            Files.writeString(site.resolve(".postlint.yml"), "");
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < posts.size(); i++) {
                Path post = site.resolve("p" + i + ".md");
                Files.write(post, posts.get(i).bytes(posts.get(i).before()));
                paths.add(post.toString());
            }
            RuleRegistry rules = new RuleRegistry(List.of(new FrontMatterWhitespaceRule(), new ImagePathSpacesRule(),
                    new ImageAltMissingRule(), new InlineStyleRule()));
            new CheckPipeline(rules).run(CheckRequest.in(site).paths(paths).offline(true).resultCache(false)
                    .fixMode(CheckRequest.FixMode.APPLY).notices(n -> { }).build(), new StringBuilder());
            for (int i = 0; i < posts.size(); i++) {
                assertArrayEquals(posts.get(i).bytes(posts.get(i).after()), Files.readAllBytes(site.resolve("p" + i + ".md")),
                        "p" + i + ".md, written as:\n" + posts.get(i).before());
            }
        } finally {
            try (Stream<Path> files = Files.walk(site)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Sample>> sites() {
        return sample().list().ofSize(10);
    }

    private Arbitrary<Sample> sample() {
        Arbitrary<String[]> title = quoted("title");
        Arbitrary<String[]> description = quoted("description");
        Arbitrary<String[]> image = path().map(p -> new String[] {"image: " + p, "image: " + encode(p)});
        Arbitrary<List<String[]>> body = Arbitraries.oneOf(prose(), markdownImage(), htmlImage()).list().ofMaxSize(8);
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n");
        Arbitrary<Boolean> bom = Arbitraries.of(true, false);
        return Combinators.combine(title, description, image, body, lineEnd, bom).as((t, d, img, lines, end, b) -> {
            StringBuilder before = new StringBuilder("---\n" + t[0] + "\n" + d[0] + "\n" + img[0] + "\n---\n");
            StringBuilder after = new StringBuilder("---\n" + t[1] + "\n" + d[1] + "\n" + img[1] + "\n---\n");
            for (String[] line : lines) {
                // Blocks apart, so that a Markdown line is not swallowed by an HTML block above it.
                before.append(line[0]).append("\n\n");
                after.append(line[1]).append("\n\n");
            }
            return new Sample(before.toString(), after.toString(), end, b);
        });
    }

    /** A key with a quoted value, maybe padded with spaces inside the quotes: as written and as fixed. */
    private Arbitrary<String[]> quoted(String key) {
        Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        Arbitrary<String> pad = Arbitraries.of("", " ", "  ", "\t");
        return Combinators.combine(text, pad, pad, Arbitraries.of('"', '\'')).as((value, lead, trail, q) -> {
            String before = key + ": " + q + (q == '"' ? lead : lead.replace("\t", " ")) + value
                    + (q == '"' ? trail : trail.replace("\t", " ")) + q;
            return new String[] {before, key + ": " + q + value + q};
        });
    }

    private Arbitrary<String> path() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> "/img/" + String.join(" ", w) + ".png");
    }

    private static String encode(String path) {
        return path.replace(" ", "%20");
    }

    private Arbitrary<String[]> prose() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12).map(w -> {
            String line = String.join(" ", w) + ".";
            return new String[] {line, line};
        });
    }

    private Arbitrary<String[]> markdownImage() {
        return Combinators.combine(Arbitraries.of(WORDS), path(), Arbitraries.of("", " \"A title\""))
                .as((alt, p, title) -> new String[] {"Look: ![" + alt + "](" + p + title + ") here.",
                        "Look: ![" + alt + "](" + encode(p) + title + ") here."});
    }

    private Arbitrary<String[]> htmlImage() {
        return Combinators.combine(Arbitraries.of(WORDS), path()).as((alt, p) -> new String[] {
                "<img src=\"" + p + "\" alt=\"" + alt + "\">", "<img src=\"" + encode(p) + "\" alt=\"" + alt + "\">"});
    }
}
