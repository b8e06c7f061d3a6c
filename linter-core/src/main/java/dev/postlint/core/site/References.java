package dev.postlint.core.site;

import dev.postlint.core.source.Position;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** An immutable list of {@link Reference}s unpacked from {@link PackedDetails}: one text and five arrays. */
final class References extends AbstractList<Reference> implements RandomAccess {
    private final String urls;
    private final int[] ends;
    private final int[] lines;
    private final int[] columns;
    private final int[] useLines;
    private final int[] useColumns;

    private References(String urls, int[][] columns) {
        this.urls = urls;
        this.ends = columns[0];
        this.lines = columns[1];
        this.columns = columns[2];
        this.useLines = columns[3];
        this.useColumns = columns[4];
    }

    /** The references whose urls, joined, are {@code urls}; the columns are their ends in it, lines, columns, use lines and use columns. */
    static List<Reference> of(String urls, int[][] columns) {
        return columns[0].length == 0 ? List.of() : new References(urls, columns);
    }

    @Override
    public Reference get(int index) {
        int start = index == 0 ? 0 : ends[index - 1];
        return new Reference(urls.substring(start, ends[index]), new Position(lines[index], columns[index]),
                new Position(useLines[index], useColumns[index]));
    }

    @Override
    public int size() {
        return ends.length;
    }
}
