package dev.postlint.core;

/** Counted nouns in report sentences: "1 error", "2 errors"; "info" has no plural. */
public final class Counted {
    private Counted() {
    }

    public static String count(long n, String word) {
        return count(n, word, word.equals("info") ? word : word + "s");
    }

    /** For nouns whose plural is not the word with an "s": "1 entry", "2 entries". */
    public static String count(long n, String word, String plural) {
        return n + " " + (n == 1 ? word : plural);
    }
}
