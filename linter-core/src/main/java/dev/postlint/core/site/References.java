package dev.postlint.core.site;

import dev.postlint.core.source.Position;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list of {@link Reference}s stored as one text and five arrays, so that a post with a
 * thousand links costs a few kilobytes across a run rather than a thousand objects.
 */
final class References extends AbstractList<Reference> implements RandomAccess {
    private final String urls;
    private final int[] ends;
    private final int[] lines;
    private final int[] columns;
    private final int[] useLines;
    private final int[] useColumns;

    private <T> References(List<T> items, Function<T, String> url, Function<T, Position> position,
                           Function<T, Position> usedAt) {
        StringBuilder joined = new StringBuilder();
        ends = new int[items.size()];
        lines = new int[items.size()];
        columns = new int[items.size()];
        useLines = new int[items.size()];
        useColumns = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            joined.append(url.apply(item));
            ends[i] = joined.length();
            lines[i] = position.apply(item).line();
            columns[i] = position.apply(item).column();
            useLines[i] = usedAt.apply(item).line();
            useColumns[i] = usedAt.apply(item).column();
        }
        urls = joined.toString();
    }

    static <T> List<Reference> of(List<T> items, Function<T, String> url, Function<T, Position> position,
                                  Function<T, Position> usedAt) {
        return items.isEmpty() ? List.of() : new References(items, url, position, usedAt);
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
