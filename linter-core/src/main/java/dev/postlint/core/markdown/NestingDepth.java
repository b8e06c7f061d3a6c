package dev.postlint.core.markdown;

/**
 * How deeply a text's blocks nest, measured line by line before any parsing: the block-quote and list
 * markers a line opens with, and its indentation in steps of four. Real posts stay below 20; a file
 * of 100,000 {@code >} is refused by its depth instead of exhausting the parser. The same pass finds
 * the longest line.
 */
public final class NestingDepth {
    /** The deepest line (its depth and number) and the longest (its length in characters and number). */
    public record Shape(int depth, int line, int longest, int longestLine) {
    }

    private NestingDepth() {
    }

    public static Shape of(String text) {
        int best = 0;
        int bestLine = 1;
        int longest = 0;
        int longestLine = 1;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineStart = i;
            int markers = 0;
            int columns = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                } else if (c == '\t') {
                    columns += 4;
                    i++;
                } else if (c == '>') {
                    markers++;
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && endsMarker(text, i + 1)) {
                    markers++;
                    i++;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < n && j - i < 10 && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                    if (j < n && (text.charAt(j) == '.' || text.charAt(j) == ')') && endsMarker(text, j + 1)) {
                        markers++;
                        i = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            int depth = markers + columns / 4;
            if (depth > best) {
                best = depth;
                bestLine = line;
            }
            i = endOfLine(text, i);
            if (i - lineStart > longest) {
                longest = i - lineStart;
                longestLine = line;
            }
            i++;
            line++;
        }
        return new Shape(best, bestLine, longest, longestLine);
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean endsMarker(String text, int at) {
        return at >= text.length() || text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\n'
                || text.charAt(at) == '\r';
    }
}
