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

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
