package dev.postlint.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void wordsAreSpaceSeparatedWithoutPunctuationAtTheirEdges() {
        assertEquals(List.of("Über", "3.5", "example.com/a", "it's"),
                Words.of("  „Über“ 3.5 — (example.com/a), it's...\u00A0"));
        assertEquals(4, Words.count("  „Über“ 3.5 — (example.com/a), it's...\u00A0"));
        assertEquals(0, Words.count(" -- ... "));
    }

    @Test
    void sentencesEndWithMarksFollowedBySpace() {
        assertEquals(3, Words.sentences("One. Two?! Three"));
        assertEquals(2, Words.sentences("Version 3.5 is out. Get it!"));
        assertEquals(2, Words.sentences("See example.com... or not"));
        assertEquals(1, Words.sentences("See example.com...or not"));
        assertEquals(1, Words.sentences(""));
        assertEquals(2, Words.sentences("Done.\tAnd done.\n"));
    }

    /** The one-pass count agrees with the definition as a regular expression, on any text. */
    @Property(tries = 3000)
    void sentencesAgreeWithTheRegularExpressionDefinition(@ForAll @StringLength(max = 16)
            @Chars({'.', '!', '?', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u0085', '\u2028', '\u2029',
                    '\u001C', 'ü'}) @CharRange(from = 'a', to = 'b') String text) {
        assertEquals(sentencesByRegex(text), Words.sentences(text));
    }

    /** Words agree with the definition by the JDK's character classes, on any text. */
    @Property(tries = 3000)
    void wordsAgreeWithTheCharacterClassDefinition(@ForAll @StringLength(max = 16)
            @Chars({' ', '\t', '\n', '\u001C', '\u001F', '\u00A0', '\u2003', '\u3000', '.', '-', '@', '[', '`',
                    '{', '0', '9', 'A', 'Z', 'ß', 'ü', '٣', '字', '\u0301'}) @CharRange(from = 'y', to = 'z')
            String text) {
        assertEquals(wordsByCharacterClasses(text), Words.of(text));
    }

    private static int sentencesByRegex(String text) {
        Matcher m = Pattern.compile("[.!?]+(?=\\s|$)").matcher(text.strip());
        int n = 0;
        while (m.find()) {
            n++;
        }
        String trimmed = text.strip();
        boolean openEnd = !trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0;
        return Math.max(1, n + (openEnd ? 1 : 0));
    }

    private static List<String> wordsByCharacterClasses(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
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
                words.add(text.substring(from, to));
            }
            i++;
        }
        return words;
    }
}
