package dev.postlint.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the known name a misspelt one most likely stands for. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The closest of some names to a misspelt one (an anchor, a rule id, a config key), if it is close
     * enough to be a likely typo: at most a third of its letters differ (two at least), and the two share
     * more than they differ, so {@code #L7} is never "corrected" to an unrelated id of two letters.
     */
    public static Optional<String> closest(String wanted, Collection<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : names) {
            int d = distance(wanted.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        boolean close = best != null && bestDistance <= Math.max(2, wanted.length() / 3)
                && bestDistance * 2 < Math.min(wanted.length(), best.length());
        return close ? Optional.of(best) : Optional.empty();
    }

    /** Edits between two names: letters inserted, deleted, replaced, or two neighbours swapped. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
