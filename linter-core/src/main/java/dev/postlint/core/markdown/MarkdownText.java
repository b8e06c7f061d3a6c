package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** Text of Markdown nodes as a reader sees it: markup and backslash escapes removed. */
public final class MarkdownText {
    private MarkdownText() {
    }

    public static String plain(Node node) {
        // Most links' text is one plain text node: flexmark's collector would give its characters as they are.
        if (node instanceof com.vladsch.flexmark.ast.Link && node.getFirstChild() instanceof Text only
                && only.getNext() == null) {
            return singleSpaced(unescaped(only.getChars())).strip();
        }
        return singleSpaced(new TextCollectingVisitor().collectAndGetText(node)).strip();
    }

    /**
     * The characters with CommonMark's backslash escapes and entities decoded, as flexmark's
     * {@code unescape()}, without its pattern search over the sequence when there is nothing to decode.
     */
    public static String unescaped(BasedSequence chars) {
        String s = string(chars);
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 ? s : Escaping.unescapeString(s);
    }

    /** The characters as a string, cut from the parsed text where they are one range of it (flexmark copies each). */
    public static String string(BasedSequence chars) {
        if (chars instanceof SubSequence range && range.getBase() instanceof String text) {
            // flexmark reads NUL as U+FFFD, as CommonMark says.
            String s = text.substring(range.getStartOffset(), range.getEndOffset());
            return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /** Every run of white space as the pattern {@code \s} sees it (ASCII only) replaced by one space. */
    public static String singleSpaced(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !replacedFrom(text, i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text changes at this index: white space other than one space on its own. */
    private static boolean replacedFrom(String text, int i) {
        char c = text.charAt(i);
        return isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)));
    }

    /** White space as the pattern {@code \s} sees it: ASCII space, tab, line feed, vertical tab, form feed, return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
