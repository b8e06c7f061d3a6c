package dev.postlint.rules.support;

import java.util.Locale;

/**
 * Syllable estimates for readability formulas: vowel groups, with English silent e and German diphthongs.
 * Counted in one pass over the letters, since it runs for every word of every post.
 */
public final class Syllables {
    private static final String ENGLISH_VOWELS = "aeiouy";
    private static final String GERMAN_VOWELS = "aeiouyäöü";
    private static final String[] GERMAN_DIPHTHONGS = {"ei", "ie", "au", "eu", "äu", "ai", "aa", "ee", "oo"};

    private Syllables() {
    }

    public static int count(String word, Language language) {
        String w = letters(word.toLowerCase(Locale.ROOT));
        if (w.isEmpty()) {
            return 0;
        }
        if (language == Language.GERMAN) {
            // Neighbouring single vowels that are no diphthong (e.g. "ue" in "Duell") stay two syllables.
            return Math.max(1, germanVowelGroups(w));
        }
        int n = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = ENGLISH_VOWELS.indexOf(w.charAt(i)) >= 0;
            if (vowel && !inVowels) {
                n++;
            }
            inVowels = vowel;
        }
        if (w.endsWith("e") && !w.endsWith("le") && n > 1) {
            n--;
        }
        if (w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded") && n > 1) {
            n--;
        }
        return Math.max(1, n);
    }

    /** Diphthongs count once, every other vowel on its own, read from the left. */
    private static int germanVowelGroups(String w) {
        int n = 0;
        int i = 0;
        while (i < w.length()) {
            if (startsDiphthong(w, i)) {
                n++;
                i += 2;
            } else {
                if (GERMAN_VOWELS.indexOf(w.charAt(i)) >= 0) {
                    n++;
                }
                i++;
            }
        }
        return n;
    }

    private static boolean startsDiphthong(String w, int at) {
        for (String pair : GERMAN_DIPHTHONGS) {
            if (w.startsWith(pair, at)) {
                return true;
            }
        }
        return false;
    }

    private static String letters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
