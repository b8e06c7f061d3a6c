package dev.postlint.core.site;

import dev.postlint.core.source.Position;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list of {@link Reference}s stored as one text and three arrays, so that a post with a
 * thousand links costs a few kilobytes across a run rather than a thousand objects.
 */
final class References extends AbstractList<Reference> implements RandomAccess {
    private final String urls;
    private final int[] ends;
    private final int[] lines;
    private final int[] columns;

    private <T> References(List<T> items, Function<T, String> url, Function<T, Position> position) {
        StringBuilder joined = new StringBuilder();
        ends = new int[items.size()];
        lines = new int[items.size()];
        columns = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            joined.append(url.apply(item));
            ends[i] = joined.length();
            lines[i] = position.apply(item).line();
            columns[i] = position.apply(item).column();
        }
        urls = joined.toString();
    }

    static <T> List<Reference> of(List<T> items, Function<T, String> url, Function<T, Position> position) {
        return items.isEmpty() ? List.of() : new References(items, url, position);
    }

    @Override
    public Reference get(int index) {
        int start = index == 0 ? 0 : ends[index - 1];
        return new Reference(urls.substring(start, ends[index]), new Position(lines[index], columns[index]));
    }

    @Override
    public int size() {
        return ends.length;
    }
}
