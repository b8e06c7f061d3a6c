package dev.postlint.core.report;

/** Counted nouns in report sentences: "1 error", "2 errors"; "info" has no plural. */
public final class Counted {
    private Counted() {
    }

    public static String count(long n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }
}
