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

    /**
     * Every run of white space as the pattern {@code \s} sees it (ASCII only) replaced by one space. Read from a
     * copy of the characters: {@code String.charAt} on text beyond Latin-1 costs calls per character under C1.
     */
    public static String singleSpaced(String text) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n && !replacedFrom(chars, i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        int kept = i;
        while (i < n) {
            char c = chars[i++];
            if (isSpace(c)) {
                chars[kept++] = ' ';
                while (i < n && isSpace(chars[i])) {
                    i++;
                }
            } else {
                chars[kept++] = c;
            }
        }
        return new String(chars, 0, kept);
    }

    /** Whether the text changes at this index: white space other than one space on its own. */
    private static boolean replacedFrom(char[] chars, int i) {
        char c = chars[i];
        return isSpace(c) && (c != ' ' || i + 1 < chars.length && isSpace(chars[i + 1]));
    }

    /** White space as the pattern {@code \s} sees it: ASCII space, tab, line feed, vertical tab, form feed, return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
