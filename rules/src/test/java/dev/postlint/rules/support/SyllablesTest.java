package dev.postlint.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SyllablesTest {
    @Test
    void countsEnglishVowelGroupsWithSilentEndings() {
        assertEquals(5, Syllables.count("readability", Language.ENGLISH));
        assertEquals(1, Syllables.count("make", Language.ENGLISH));
        assertEquals(2, Syllables.count("table", Language.ENGLISH));
        assertEquals(1, Syllables.count("jumped", Language.ENGLISH));
        assertEquals(2, Syllables.count("wanted", Language.ENGLISH));
        assertEquals(1, Syllables.count("rhythm", Language.ENGLISH));
        assertEquals(0, Syllables.count("42", Language.ENGLISH));
    }

    @Test
    void countsGermanDiphthongsOnce() {
        assertEquals(4, Syllables.count("Verkaufsprozess", Language.GERMAN));
        assertEquals(2, Syllables.count("Häuser", Language.GERMAN));
        assertEquals(2, Syllables.count("Duell", Language.GERMAN));
        assertEquals(1, Syllables.count("Boot", Language.GERMAN));
        assertEquals(3, Syllables.count("Schritt-für-Schritt", Language.GERMAN));
    }

    /** The one-pass count agrees with the definition as regular expressions on the lower-cased word, on any word. */
    @Property(tries = 2000)
    void agreesWithTheRegularExpressionDefinition(@ForAll @StringLength(max = 12)
            @Chars({'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü', 'b', 'd', 'l', 't', 'E', 'Ä', '-', '\'', '1',
                    'İ', 'Ü', 'T', 'D', 'L', 'Y', 'ß', '\u0301', 'A', 'I', 'O', 'U', 'Z', 'z', '@', '[', '`', '{'})
            @CharRange(from = 'a', to = 'c') String word) {
        assertEquals(byRegex(word, true), Syllables.count(word, Language.GERMAN));
        assertEquals(byRegex(word, false), Syllables.count(word, Language.ENGLISH));
    }

    private static int byRegex(String word, boolean german) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (w.isEmpty()) {
            return 0;
        }
        Matcher m = Pattern.compile(german ? "(?:ei|ie|au|eu|äu|ai|aa|ee|oo)|[aeiouyäöü]" : "[aeiouy]+").matcher(w);
        int n = 0;
        while (m.find()) {
            n++;
        }
        if (!german && w.endsWith("e") && !w.endsWith("le") && n > 1) {
            n--;
        }
        if (!german && w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded") && n > 1) {
            n--;
        }
        return Math.max(1, n);
    }
}
