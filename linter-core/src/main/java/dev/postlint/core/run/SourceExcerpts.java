package dev.postlint.core.run;

import dev.postlint.core.PostSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lines of checked files that reports quote: the lines around each finding and the line of each
 * related place, copied when the finding is reported, so reports never read a file again.
 */
public final class SourceExcerpts {
    /** Lines quoted before and after a finding's line. */
    public static final int CONTEXT_LINES = 2;

    private final Map<String, Map<Integer, String>> byFile = new ConcurrentHashMap<>();

    /** Keeps the finding's line of {@code source} and up to {@link #CONTEXT_LINES} on either side. */
    void keepAround(PostSource source, int line) {
        for (int n = Math.max(1, line - CONTEXT_LINES); n <= line + CONTEXT_LINES; n++) {
            keep(source, n);
        }
    }

    void keep(PostSource source, int line) {
        source.line(line).ifPresent(text ->
                byFile.computeIfAbsent(source.path(), k -> new ConcurrentHashMap<>()).putIfAbsent(line, text));
    }

    /** Keeps a line already read, such as one a cached result quotes. */
    void put(String file, int line, String text) {
        byFile.computeIfAbsent(file, k -> new ConcurrentHashMap<>()).putIfAbsent(line, text);
    }

    /** Every line kept, by file. */
    Map<String, Map<Integer, String>> all() {
        Map<String, Map<Integer, String>> copy = new java.util.HashMap<>();
        byFile.forEach((file, lines) -> copy.put(file, Map.copyOf(lines)));
        return copy;
    }

    /** Keeps the lines of {@code kept}, as {@link #all()} gives them. */
    void putAll(Map<String, Map<Integer, String>> kept) {
        kept.forEach((file, lines) -> lines.forEach((n, text) -> put(file, n, text)));
    }

    /** The text of a 1-based line of a checked file, when a finding or related place made it worth keeping. */
    public Optional<String> line(String file, int line) {
        return Optional.ofNullable(byFile.getOrDefault(file, Map.of()).get(line));
    }
}
