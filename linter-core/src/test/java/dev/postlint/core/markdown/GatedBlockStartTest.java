package dev.postlint.core.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The gated block factories and tables parse every document as flexmark's own do, node for node and offset
 * for offset.
 */
class GatedBlockStartTest {
    private static final List<Set<MarkdownExtension>> EXTENSION_SETS = List.of(
            Set.of(), MarkdownExtension.GFM, Set.copyOf(EnumSet.allOf(MarkdownExtension.class)));
    private static final List<Parser> PLAIN = EXTENSION_SETS.stream().map(set -> MarkdownBody.build(set, false)).toList();
    private static final List<Parser> GATED = EXTENSION_SETS.stream().map(set -> MarkdownBody.build(set, true)).toList();

    /** Lines that start, continue, interrupt or only resemble each kind of block, and plain text. */
    private static final List<String> LINES = List.of(
            "", " ", "text", "more text with `code` and *stars*", "```", "```js", "~~~", "~~~ x ~", "``` a ` b", "``",
            "~~", "   ```", "    ```", "- item", "-item", "-", "* star", "+ plus", "1. one", "2) two", "1234567890. no",
            "10. ten", "1.x", "***", "* * *", "---", "- - -", "___", "_ _ _", "--", "**bold**", "===", "=== x", "  ---  ", "# heading", "###### six", "####### seven", "#", "# closed #",
            "#nohash", "> quote", "> - quoted item", ">```", "    indented", "\tindented", "  - nested", "     - deep",
            "<div>", "</div>", "<!-- c -->", "| a | b |", "|---|---|", "a | b", "--- | :-:", ":--|", "|-", "\\|",
            "> | q |", "> |--|", "-|-", "| `a|b` |", "[^1]: note", "[x]: /url", ": definition",
            "~ tilde definition", "- [ ] task", "- [x] done", "9. ", "\u00a0- nbsp", "１. fullwidth", "٣. arabic");

    @Property(tries = 3000)
    void parsesAsFlexmarksOwnFactories(@ForAll("documents") String document) {
        for (int i = 0; i < EXTENSION_SETS.size(); i++) {
            assertEquals(dump(PLAIN.get(i).parse(document)), dump(GATED.get(i).parse(document)),
                    () -> "extensions " + document);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(LINES).list().ofMinSize(1).ofMaxSize(14).map(lines -> String.join("\n", lines));
    }

    @Test
    void theGatedBlocksAndTablesStillStart() {
        Node document = MarkdownBody.build(MarkdownExtension.GFM, true)
                .parse("# a\n\nb\n===\n\n```\ncode\n```\n\n- a\n\n1. b\n\n***\n\n| a |\n|---|\n| b |\n");
        List<Class<?>> blocks = List.of(Heading.class, FencedCodeBlock.class, BulletList.class, OrderedList.class, ThematicBreak.class,
                TableBlock.class);
        for (Class<?> block : blocks) {
            assertTrue(document.getChildOfType(block) != null, block.getSimpleName());
        }
    }

    private static String dump(Node document) {
        StringBuilder out = new StringBuilder();
        dump(document, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }
}
