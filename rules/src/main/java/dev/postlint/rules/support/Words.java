package dev.postlint.rules.support;

import dev.postlint.core.markdown.MarkdownText;
import java.util.ArrayList;
import java.util.List;

/**
 * Words and sentences the way readers count them: words are separated by spaces (so a URL or "3.5" is
 * one word), in any language with letters (umlauts and ß included).
 */
public final class Words {
    private Words() {
    }

    /** The start and end of one word in a text. */
    @FunctionalInterface
    public interface Bounds {
        void accept(int from, int to);
    }

    /** Runs of non-space characters with at least one letter or digit, without punctuation at their edges. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        scan(text, (from, to) -> words.add(text.substring(from, to)));
        return words;
    }

    public static int count(String text) {
        int[] n = {0};
        scan(text, (from, to) -> n[0]++);
        return n[0];
    }

    private static void scan(String text, Bounds word) {
        scan(text.toCharArray(), word);
    }

    /**
     * The bounds of each word of {@link #of}, in order, without making a string of it. Read from a copy of
     * the characters: {@code String.charAt} on text beyond Latin-1 costs calls per character under C1.
     */
    public static void scan(char[] chars, Bounds word) {
        int i = 0;
        int n = chars.length;
        while (i < n) {
            while (i < n && isWhitespace(chars[i])) {
                i++;
            }
            int start = i;
            while (i < n && !isWhitespace(chars[i])) {
                i++;
            }
            int from = start;
            int to = i;
            while (from < to && !isLetterOrDigit(chars[from])) {
                from++;
            }
            while (to > from && !isLetterOrDigit(chars[to - 1])) {
                to--;
            }
            if (from < to) {
                word.accept(from, to);
            }
        }
    }

    /** {@link Character#isWhitespace(char)}, answered for ASCII without the character tables. */
    private static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, answered for ASCII without the character tables. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * Sentences: text between runs of '.', '!' or '?' followed by white space; at least one for non-empty
     * text, and one more for text that ends without such a run.
     */
    public static int sentences(String text) {
        return sentences(text.toCharArray());
    }

    /** {@link #sentences(String)} of these characters. */
    public static int sentences(char[] chars) {
        int from = 0;
        int to = chars.length;
        // As String.strip: no white space character is a surrogate, so each char is a whole code point here.
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isSentenceEnd(chars[i]) && (i + 1 == to || !isSentenceEnd(chars[i + 1]) && endsSentence(chars, i + 1, to))) {
                n++;
            }
        }
        boolean openEnd = to > from && !isSentenceEnd(chars[to - 1]);
        return Math.max(1, n + (openEnd ? 1 : 0));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** What may follow a sentence's last mark: ASCII white space, or a line break that ends the text. */
    private static boolean endsSentence(char[] chars, int at, int end) {
        char c = chars[at];
        return MarkdownText.isSpace(c) || at + 1 == end && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }
}
