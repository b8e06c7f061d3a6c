package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LinkTextRuleTest {
    @Test
    void phraseDropsQuotesTrailingPunctuationAndJoiners() {
        assertEquals("click here", LinkTextRule.phrase("„click-here“!!!"));
        assertEquals("mehr", LinkTextRule.phrase("(mehr »)"));
        assertEquals("read more", LinkTextRule.phrase("read __ more…"));
        assertEquals("", LinkTextRule.phrase("—"));
    }

    /** The one-pass phrase agrees with its definition as regular expressions, on any text. */
    @Property(tries = 3000)
    void phraseAgreesWithTheRegularExpressionDefinition(@ForAll @StringLength(max = 14)
            @Chars({'-', '_', '–', '—', ' ', '\t', '\n', '\u000B', '\u00A0', '\u2003', '(', ')', '"', '„', '!', '.'})
            @CharRange(from = 'a', to = 'b') String text) {
        assertEquals(byRegex(text), LinkTextRule.phrase(text));
    }

    /** Edges as phrase() trims them, then joiners and spaces collapsed by regular expressions. */
    private static String byRegex(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && LinkTextRule.opens(text.charAt(from))) {
            from++;
        }
        while (to > from && LinkTextRule.closes(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to).replaceAll("[-_–—]+", " ").replaceAll("\\s+", " ").strip();
    }
}
