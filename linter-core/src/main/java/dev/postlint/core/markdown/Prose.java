package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;
import dev.postlint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A paragraph of the body as readers see it: text only, without code, HTML tags or Markdown syntax.
 * Paragraphs inside lists, quotes, footnotes and definition lists count, and each table cell is one
 * (the table's pipes and separator row are not text); code blocks and HTML blocks do not.
 */
public record Prose(String text, Position position) {
    /** kramdown's attribute lists ({@code {: .note}}) and goldmark's ({@code {#id .class}}): markup, not words. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:[^}\\n]*}|\\{[#.][\\w-][^}\\n]*}");
    /** Emoji shortcodes ({@code :seedling:}) that Hugo, Zola and Jekyll's jemoji turn into pictures when enabled. */
    private static final Pattern EMOJI = Pattern.compile("(?<![\\w:]):[a-z][a-z0-9_+-]*:(?![\\w:])");

    static List<Prose> extract(List<Node> nodes, IntFunction<Position> bodyPosition) {
        List<Prose> paragraphs = new ArrayList<>();
        for (Node node : nodes) {
            boolean cell = node instanceof com.vladsch.flexmark.ext.tables.TableCell
                    && node.getAncestorOfType(com.vladsch.flexmark.ext.tables.TableSeparator.class) == null;
            if (node instanceof Paragraph || cell) {
                StringBuilder text = new StringBuilder();
                collect(node, text);
                String t = MarkdownText.singleSpaced(withoutMarkup(text.toString())).strip();
                if (!t.isEmpty()) {
                    paragraphs.add(new Prose(t, bodyPosition.apply(node.getStartOffset())));
                }
            }
        }
        return paragraphs;
    }

    private static String withoutMarkup(String text) {
        String out = text.indexOf('{') >= 0 ? ATTRIBUTES.matcher(text).replaceAll(" ") : text;
        return mayHoldShortcode(out) ? EMOJI.matcher(out).replaceAll(" ") : out;
    }

    private static boolean mayHoldShortcode(String text) {
        for (int colon = text.indexOf(':'); colon >= 0 && colon + 1 < text.length();
             colon = text.indexOf(':', colon + 1)) {
            char next = text.charAt(colon + 1);
            if (next >= 'a' && next <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code || child instanceof HtmlInline) {
                out.append(' ');
            } else if (child instanceof Text || child instanceof TextBase && !child.hasChildren()) {
                out.append(MarkdownText.unescaped(child.getChars()));
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else {
                collect(child, out);
            }
        }
    }
}
