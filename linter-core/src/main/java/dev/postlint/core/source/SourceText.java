package dev.postlint.core.source;

import java.util.Arrays;

/**
 * The decoded text of a file with a line index, so any character offset maps back to the
 * line and column a user sees in an editor. A UTF-8 byte order mark is not part of the text.
 * Lines end at LF, CRLF or a lone CR.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        this.lineStarts = indexLines(text);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        boolean carriageReturns = text.indexOf('\r') >= 0;
        for (int i = carriageReturns ? 0 : text.indexOf('\n'); i >= 0 && i < text.length();
                i = carriageReturns ? i + 1 : text.indexOf('\n', i + 1)) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** Offset just past the last character of a 1-based line, line break excluded. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its line break. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, clamped - lineStarts[line] + 1);
    }

    public int offset(Position p) {
        return Math.min(lineStart(p.line()) + p.column() - 1, text.length());
    }

    /**
     * Offset of a position given as a 0-based line and a 0-based column counted in code points,
     * which is how YAML parsers report marks.
     */
    public int offsetOfCodePointColumn(int firstLine, int line0, int codePointColumn) {
        int line = firstLine + line0;
        int start = lineStart(line);
        int end = lineEnd(line);
        int offset = start;
        for (int i = 0; i < codePointColumn && offset < end; i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }
}
