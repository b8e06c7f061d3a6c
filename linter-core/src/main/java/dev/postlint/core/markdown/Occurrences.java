package dev.postlint.core.markdown;

import java.util.Arrays;

/**
 * Where a literal occurs in a text, found in one pass, so that asking whether each of a post's blocks
 * holds it costs a binary search rather than a search to the end of the post.
 */
final class Occurrences {
    private final int[] starts;
    private final int length;

    private Occurrences(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    static Occurrences of(String text, String literal) {
        int[] starts = new int[4];
        int n = 0;
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = at;
        }
        return new Occurrences(Arrays.copyOf(starts, n), literal.length());
    }

    boolean none() {
        return starts.length == 0;
    }

    /** Whether the literal lies wholly within {@code [from, to)}. */
    boolean within(int from, int to) {
        int i = Arrays.binarySearch(starts, from);
        int first = i >= 0 ? i : -i - 1;
        return first < starts.length && starts[first] + length <= to;
    }
}
