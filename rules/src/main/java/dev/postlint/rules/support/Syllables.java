package dev.postlint.rules.support;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Syllable estimates for readability formulas: vowel groups, with English silent e and German diphthongs. */
public final class Syllables {
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern ENGLISH_VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern GERMAN_VOWELS = Pattern.compile("(?:ei|ie|au|eu|äu|ai|aa|ee|oo)|[aeiouyäöü]");

    private Syllables() {
    }

    public static int count(String word, Language language) {
        String w = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.isEmpty()) {
            return 0;
        }
        int n = 0;
        if (language == Language.GERMAN) {
            Matcher m = GERMAN_VOWELS.matcher(w);
            while (m.find()) {
                n++;
            }
            // Neighbouring single vowels that are no diphthong (e.g. "ue" in "Duell") stay two syllables.
            return Math.max(1, n);
        }
        Matcher m = ENGLISH_VOWELS.matcher(w);
        while (m.find()) {
            n++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && n > 1) {
            n--;
        }
        if (w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded") && n > 1) {
            n--;
        }
        return Math.max(1, n);
    }
}
