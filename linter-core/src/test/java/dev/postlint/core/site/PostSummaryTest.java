package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import dev.postlint.core.source.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostSummaryTest {
    private static PostSummary summary(String path, String text) {
        Post post = new PostParser(List.of("image")).parse(path, Path.of(path), text.getBytes(StandardCharsets.UTF_8));
        return PostSummary.of(post, SlugStyle.GITHUB);
    }

    @Test
    void aDefinitionUsedTwiceIsOneTargetWithTwoUses() {
        PostSummary s = summary("p.md", "---\ntitle: T\n---\nSee [a][x] and [b][x], [c](/c/).\n\n[x]: /gone/\n");
        List<Reference.Target> targets = Reference.targets(s.links());
        assertEquals(2, targets.size());
        assertEquals("/gone/", targets.get(0).reference().url());
        assertEquals(new Position(6, 6), targets.get(0).reference().position());
        assertEquals(List.of(new Position(4, 5), new Position(4, 16)), targets.get(0).uses());
        assertTrue(targets.get(0).isDefinition());
        assertEquals(List.of(new Position(4, 24)), targets.get(1).uses());
        assertTrue(!targets.get(1).isDefinition());
    }

    @Test
    void keepsWhatCrossPostRulesReadAndOnlyTheLinesTheyPointAt() {
        PostSummary s = summary("p.md", "---\ntitle: Hallo\ndescription: Kurz\nimage: /a.png\n---\n"
                + "Intro without links.\n\n## Zweiter Teil\n\nSee [one](/one/) and [two](https://example.org/two).\n"
                + "\n![Bild](img/b.png)\n");
        assertEquals(Optional.of(new PostSummary.Field("Hallo", new Position(2, 8))), s.field("title"));
        assertEquals("Kurz", s.field("description").orElseThrow().text());
        assertEquals(List.of(new Reference("/one/", new Position(10, 11), new Position(10, 5)),
                new Reference("https://example.org/two", new Position(10, 28), new Position(10, 22))), s.links());
        assertEquals(List.of(new Reference("/a.png", new Position(4, 8), new Position(4, 8)),
                new Reference("img/b.png", new Position(12, 9), new Position(12, 1))), s.images());
        assertEquals(Set.of("zweiter-teil"), s.anchors());
        assertEquals(Optional.of("See [one](/one/) and [two](https://example.org/two)."), s.line(10));
        assertEquals(Optional.of("title: Hallo"), s.line(2));
        assertEquals(Optional.empty(), s.line(6), "a line nothing points at is not kept");
    }

    @Test
    void languageOfATranslationFromFieldFileNameOrContentFolder() {
        assertEquals(Optional.of("de"), summary("a.md", "---\nlang: de\n---\n").language());
        assertEquals(Optional.of("fr"), summary("post.fr.md", "x\n").language());
        assertEquals(Optional.of("en"), summary("/site/content/en/post.md", "x\n").language());
        assertEquals(Optional.empty(), summary("/site/_posts/post.md", "x\n").language());
    }
}
