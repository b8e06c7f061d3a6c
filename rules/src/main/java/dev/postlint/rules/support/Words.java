package dev.postlint.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and sentences the way readers count them: words are separated by spaces (so a URL or "3.5" is
 * one word), in any language with letters (umlauts and ß included).
 */
public final class Words {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

    private Words() {
    }

    /** The start and end of one word in a text. */
    @FunctionalInterface
    private interface Bounds {
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

    /** The bounds of each word of {@link #of}, in order, without making a string of it. */
    private static void scan(String text, Bounds word) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int from = start;
            int to = i;
            while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
                from++;
            }
            while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                word.accept(from, to);
            }
        }
    }

    /** Sentences: text between '.', '!' or '?' followed by a space; at least one for non-empty text. */
    public static int sentences(String text) {
        int n = 0;
        Matcher m = SENTENCE_END.matcher(text.strip());
        while (m.find()) {
            n++;
        }
        String trimmed = text.strip();
        boolean openEnd = !trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0;
        return Math.max(1, n + (openEnd ? 1 : 0));
    }
}
