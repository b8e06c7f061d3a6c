package dev.postlint.core.frontmatter;

import java.util.ArrayList;
import java.util.List;

/** Where TOML values written in the source end, so findings can point into them. */
final class TomlSpans {
    private TomlSpans() {
    }

    /** 3 for a multi-line string, 1 for a one-line string, 0 for anything else. */
    static int quoteLength(String text, int start) {
        if (text.startsWith("\"\"\"", start) || text.startsWith("'''", start)) {
            return 3;
        }
        return start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'') ? 1 : 0;
    }

    /** Just after the value that starts at {@code start}: a string, an array, an inline table or a bare value. */
    static int end(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            return stringEnd(text, start);
        }
        if (c == '[' || c == '{') {
            int depth = 0;
            for (int i = start; i < text.length(); i++) {
                char d = text.charAt(i);
                if (d == '"' || d == '\'') {
                    i = stringEnd(text, i) - 1;
                } else if (d == '#') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (d == '[' || d == '{') {
                    depth++;
                } else if ((d == ']' || d == '}') && --depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' && text.charAt(i) != ','
                && text.charAt(i) != ']' && text.charAt(i) != '}' && text.charAt(i) != '#') {
            i++;
        }
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int stringEnd(String text, int start) {
        int quoteLength = quoteLength(text, start);
        char quote = text.charAt(start);
        String closing = String.valueOf(quote).repeat(quoteLength);
        boolean escapes = quote == '"';
        int i = start + quoteLength;
        while (i < text.length()) {
            if (escapes && text.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (text.startsWith(closing, i)) {
                int end = i + quoteLength;
                // A multi-line string may end with up to two more quotes of its own.
                while (quoteLength == 3 && end < text.length() && text.charAt(end) == quote && end - i < 5) {
                    end++;
                }
                return end;
            }
            if (quoteLength == 1 && text.charAt(i) == '\n') {
                return i;
            }
            i++;
        }
        return text.length();
    }

    /** Where each item of the array starting at {@code start} begins. */
    static List<Integer> itemStarts(String text, int start) {
        List<Integer> starts = new ArrayList<>();
        int end = end(text, start) - 1;
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '#') {
                while (i < end && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                starts.add(i);
                i = end(text, i);
            }
        }
        return starts;
    }

    /** Just after a key: bare, quoted, or dotted. */
    static int skipKey(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(text, i);
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' || c == '\t') {
                if ((c == ' ' || c == '\t') && !continuesDotted(text, i)) {
                    return i;
                }
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean continuesDotted(String text, int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '.';
    }
}
