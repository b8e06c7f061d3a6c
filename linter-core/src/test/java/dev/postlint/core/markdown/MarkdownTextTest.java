package dev.postlint.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shortcuts of MarkdownText and DocumentNodes give what flexmark's own text collector, {@code unescape()},
 * {@code toString()} and {@code getDescendants()} give, on a document with escapes, entities, NUL, nesting,
 * quotes, lists, tables, HTML and references.
 */
class MarkdownTextTest {
    private static final String DOCUMENT = """
            # A *heading* with `code` and &amp; an entity

            Plain [link](a.md) and [one\\*escaped](b.md "title") and [an &eacute; entity](c.md).
            A [link *with* emphasis](d.md), a [link
            over two lines](e.md), an [](empty.md) and a NUL \u0000 here [with \u0000 NUL](f.md).

            > Quoted [link in a quote](g.md)
            > over <span>two</span> lines with a [ref][label].

            - item [one](h.md)
              - nested [two](i%20j.md)

            | a | [cell link](k.md) |
            |---|---|
            | `x` | y \\| z |

            <div>
            [not a link](l.md)
            </div>

                indented [code](m.md)

            ![image [inner](n.md)](o.png)

            [label]: <p q.md> "title"
            """;

    private static Document parse() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        return Parser.builder(options).build().parse(DOCUMENT);
    }

    @Test
    void nodesComeInTheOrderOfFlexmarksDescendants() {
        Document document = parse();
        List<Node> descendants = new ArrayList<>();
        document.getDescendants().forEach(descendants::add);
        assertTrue(descendants.size() > 60, "the document has nodes to compare: " + descendants.size());
        assertEquals(descendants, DocumentNodes.of(document));
        assertEquals(List.of(), DocumentNodes.of(parse("")));
    }

    @Test
    void charactersUnescapedTextAndLinkTextAreFlexmarks() {
        int links = 0;
        for (Node node : DocumentNodes.of(parse())) {
            assertEquals(node.getChars().toString(), MarkdownText.string(node.getChars()), node.toString());
            assertEquals(node.getChars().unescape(), MarkdownText.unescaped(node.getChars()), node.toString());
            String collected = new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
            assertEquals(collected, MarkdownText.plain(node), node.toString());
            links += node instanceof com.vladsch.flexmark.ast.Link ? 1 : 0;
        }
        assertEquals(12, links);
    }

    @Test
    void linkTextHasItsEscapesEntitiesAndBreaksResolved() {
        List<String> texts = new ArrayList<>();
        for (Node node : DocumentNodes.of(parse())) {
            if (node instanceof com.vladsch.flexmark.ast.Link) {
                texts.add(MarkdownText.plain(node));
            }
        }
        assertEquals(List.of("link", "one*escaped", "an é entity", "link with emphasis", "link over two lines", "",
                "with \uFFFD NUL", "link in a quote", "one", "two", "cell link", "inner"), texts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a b          | a b",
        "a  b         | a b",
        "\"a\t\tb\"   | a b",
        "\" a \"      | \" a \"",
        "\"a\r\n b\"  | a b",
        "\"a\u00A0 b\" | \"a\u00A0 b\"",
        "\"a\u000B\fb\" | a b",
        "\"\"         | \"\"",
    })
    void whiteSpaceRunsBecomeOneSpaceAsThePatternSeesThem(String text, String expected) {
        assertEquals(expected, MarkdownText.singleSpaced(text));
        assertEquals(text.replaceAll("\\s+", " "), MarkdownText.singleSpaced(text));
    }

    private static Document parse(String text) {
        return Parser.builder().build().parse(text);
    }
}
