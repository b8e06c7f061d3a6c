package dev.postlint.rules.support;

/**
 * Syllable estimates for readability formulas: vowel groups, with English silent e and German diphthongs.
 * Counted in one pass over the word's letters, lower-cased one by one, without making a string: it runs
 * for every word of every post.
 */
public final class Syllables {
    private Syllables() {
    }

    /** The syllables of words, summed for both languages at once, so that words can be read before the language is known. */
    public static final class Tally {
        private int english;
        private int german;

        /** Adds the word {@code chars[from..to)}. */
        public void add(char[] chars, int from, int to) {
            long both = both(chars, from, to);
            english += (int) (both >>> 32);
            german += (int) both;
        }

        public int total(Language language) {
            return language == Language.GERMAN ? german : english;
        }
    }

    /**
     * English: vowel groups, less a silent final e (not after l) and a silent ed (not after t or d).
     * German: diphthongs once, every other vowel on its own, read from the left; a letter is counted when
     * the next shows whether the two are a diphthong.
     */
    public static int count(String word, Language language) {
        Tally tally = new Tally();
        tally.add(word.toCharArray(), 0, word.length());
        return tally.total(language);
    }

    /** The English count in the high half, the German one in the low half. */
    private static long both(char[] word, int from, int to) {
        int letters = 0;
        int groups = 0;
        boolean inVowels = false;
        int last = 0;
        int second = 0;
        int third = 0;
        int german = 0;
        int pending = 0;
        for (int i = from; i < to; ) {
            int c = word[i];
            if (c < 128) {
                i++;
                c = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                if (c < 'a' || c > 'z') {
                    continue;
                }
            } else {
                int point = Character.codePointAt(word, i, to);
                i += Character.charCount(point);
                c = Character.toLowerCase(point);
                if (!Character.isLetter(c)) {
                    continue;
                }
            }
            letters++;
            boolean vowel = isEnglishVowel(c);
            groups += vowel && !inVowels ? 1 : 0;
            inVowels = vowel;
            third = second;
            second = last;
            last = c;
            if (pending != 0 && isDiphthong(pending, c)) {
                german++;
                pending = 0;
            } else {
                german += isGermanVowel(pending) ? 1 : 0;
                pending = c;
            }
        }
        if (letters == 0) {
            return 0;
        }
        german = Math.max(1, german + (isGermanVowel(pending) ? 1 : 0));
        if (last == 'e' && second != 'l' && groups > 1) {
            groups--;
        }
        if (last == 'd' && second == 'e' && third != 't' && third != 'd' && groups > 1) {
            groups--;
        }
        return (long) Math.max(1, groups) << 32 | german;
    }

    private static boolean isEnglishVowel(int c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y' -> true;
            default -> false;
        };
    }

    private static boolean isGermanVowel(int c) {
        return isEnglishVowel(c) || c == '\u00e4' || c == '\u00f6' || c == '\u00fc';
    }

    /** ei, ie, au, eu, äu, ai, aa, ee, oo. */
    private static boolean isDiphthong(int first, int second) {
        return switch (first) {
            case 'a' -> second == 'u' || second == 'i' || second == 'a';
            case 'e' -> second == 'i' || second == 'u' || second == 'e';
            case 'i' -> second == 'e';
            case 'o' -> second == 'o';
            case '\u00e4' -> second == 'u';
            default -> false;
        };
    }
}
