package dev.postlint.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import dev.postlint.core.source.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownBodyTest {
    private static Post parse(String text) {
        return new PostParser(List.of("image", "header.image"))
                .parse("p.md", Path.of("p.md"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headingPositionsCountTheFrontMatterLines() {
        Post post = parse("---\ntitle: x\n---\n\n## #1: First\n\nText\n\nSecond\n------\n");
        List<Heading> headings = post.body().headings();
        assertEquals(2, headings.size());
        assertEquals(new Heading(2, "#1: First", new Position(5, 1), new Position(5, 4)), headings.get(0));
        assertEquals(new Position(9, 1), headings.get(1).position());
        assertEquals("Second", headings.get(1).text());
    }

    @Test
    void findsEveryKindOfImage() {
        Post post = parse("---\nimage: /cover.png\nheader:\n  image: /h.png\n---\n"
                + "![Alt](/a.png) and ![](/b c.png)\n\n<img src=\"/d.png\" srcset=\"/d.png 2x\">\n\n"
                + "Inline <img alt=\"x\" src=\"/e.png\"> here, `![](/code span.png)` ignored.\n\n"
                + "![ref][r]\n\n[r]: /f.png\n");
        List<ImageRef> images = post.body().images();
        assertEquals(List.of("/cover.png", "/h.png", "/a.png", "/b c.png", "/d.png", "/e.png", "/f.png"),
                images.stream().map(ImageRef::src).toList());
        ImageRef unparsed = images.get(3);
        assertEquals(ImageRef.Kind.MARKDOWN_UNPARSED, unparsed.kind());
        assertEquals(new Position(6, 20), unparsed.position());
        assertEquals(new Position(6, 24), unparsed.srcPosition());
        ImageRef html = images.get(4);
        assertEquals(ImageRef.Kind.HTML, html.kind());
        assertEquals(new Position(8, 1), html.position());
        assertEquals(new Position(8, 11), html.srcPosition());
        assertTrue(html.alt().isEmpty());
        assertEquals("/d.png 2x", html.srcset().orElseThrow());
        assertEquals(new Position(10, 8), images.get(5).position());
        assertEquals("x", images.get(5).alt().orElseThrow());
        assertEquals(new Position(12, 1), images.get(6).position());
        assertEquals(new Position(2, 8), images.get(0).srcPosition());
    }

    @Test
    void htmlElementAndAttributePositionsMapToTheFileOnCrlfFiles() {
        Post post = parse("---\r\ntitle: x\r\n---\r\nText\r\n\r\n<div>\r\n  <p style=\"color:red\">Hi</p>\r\n</div>\r\n");
        var fragment = post.body().html().get(0);
        Element p = fragment.elements().stream().filter(e -> e.normalName().equals("p")).findFirst().orElseThrow();
        assertEquals(new Position(7, 3), fragment.position(p));
        assertEquals(new Position(7, 6), fragment.attributePosition(p, "style"));
    }

    @Test
    void linksOfEveryKindWithTheirUrlPositionsAndExplicitHeadingIds() {
        Post post = parse("---\ntitle: x\n---\n[a](/one) <https://ex.org> [r][ref] <b@ex.org>\n\n"
                + "<p><a href=\"two.md#s\">t</a></p>\n\n[ref]: /three\n\n## Setup {#install}\n\n## Old\n{: #legacy}\n");
        List<Link> links = post.body().links();
        assertEquals(List.of("/one", "https://ex.org", "/three", "mailto:b@ex.org", "two.md#s"),
                links.stream().map(Link::url).toList());
        assertEquals(new Position(4, 5), links.get(0).urlPosition());
        assertEquals(new Position(4, 12), links.get(1).urlPosition());
        assertEquals(new Position(6, 13), links.get(4).urlPosition());
        List<Heading> headings = post.body().headings();
        assertEquals("Setup", headings.get(0).text());
        assertEquals(java.util.Optional.of("install"), headings.get(0).explicitId());
        assertEquals(java.util.Optional.of("legacy"), headings.get(1).explicitId());
    }
}
