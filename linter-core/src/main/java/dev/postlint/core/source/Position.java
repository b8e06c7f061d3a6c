package dev.postlint.core.source;

/** A place in the original file: 1-based line and 1-based column (UTF-16 code units, as editors count). */
public record Position(int line, int column) implements Comparable<Position> {
    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    /** Written out rather than generated through method handles: each post's link targets are grouped by position. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Position p && p.line == line && p.column == column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
