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
    /** A run of non-space characters with at least one letter or digit: "Gärten", "3.5", a whole URL. */
    private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(EDGE_PUNCTUATION.matcher(m.group()).replaceAll(""));
        }
        return words;
    }

    public static int count(String text) {
        return of(text).size();
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
