package dev.postlint.rules.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Compares two short texts word by word and describes where they differ, for messages. */
public final class WordDiff {
    /**
     * One place where the texts differ: words only in the first text and words only in the second,
     * and the index of the second text's word where the difference starts.
     */
    public record Hunk(List<String> onlyInFirst, List<String> onlyInSecond, int secondIndex) {
    }

    private WordDiff() {
    }

    public static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** Share of words the two texts have in common, in order: 1.0 for equal texts, 0.0 for unrelated ones. */
    public static double similarity(String a, String b) {
        List<String> x = words(a.toLowerCase(Locale.ROOT));
        List<String> y = words(b.toLowerCase(Locale.ROOT));
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        return (double) lcsTable(x, y)[0][0] / Math.max(x.size(), y.size());
    }

    public static List<Hunk> hunks(String first, String second) {
        List<String> x = words(first);
        List<String> y = words(second);
        int[][] lcs = lcsTable(x, y);
        List<Hunk> hunks = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                flush(a, b, j - b.size(), hunks);
                i++;
                j++;
            } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                b.add(y.get(j++));
            } else {
                a.add(x.get(i++));
            }
        }
        flush(a, b, j - b.size(), hunks);
        return hunks;
    }

    private static void flush(List<String> a, List<String> b, int secondIndex, List<Hunk> hunks) {
        if (!a.isEmpty() || !b.isEmpty()) {
            hunks.add(new Hunk(List.copyOf(a), List.copyOf(b), secondIndex));
            a.clear();
            b.clear();
        }
    }

    private static int[][] lcsTable(List<String> x, List<String> y) {
        int[][] t = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                t[i][j] = x.get(i).equals(y.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }
}
