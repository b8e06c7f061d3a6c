package dev.postlint.core;

import dev.postlint.core.source.Position;
import java.util.List;

/**
 * A change that removes a finding for certain: some edits of the file, each replacing the text
 * {@code expected} at a position by {@code replacement}, and words for the change ("removed the
 * leading space"). Edits never add or remove line breaks. An edit whose expected text is not where
 * it should be, because the file changed since it was checked, makes the whole fix void.
 */
public record Fix(String description, List<Edit> edits) {
    /** Replace {@code expected}, found at {@code at}, with {@code replacement}. */
    public record Edit(Position at, String expected, String replacement) {
    }

    public Fix {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs an edit");
        }
    }

    public static Fix replace(String description, Position at, String expected, String replacement) {
        return new Fix(description, List.of(new Edit(at, expected, replacement)));
    }
}
