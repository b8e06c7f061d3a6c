package dev.postlint.core;

import java.util.Optional;

/**
 * The file a finding points into: its path as shown to the user, and the lines of it that reports
 * may quote. A parsed {@link Post} has every line; the summary kept of a post for cross-post rules
 * has only the lines those rules can point at.
 */
public interface PostSource {
    /** The path as the user gave it, used in every report. */
    String path();

    /** The text of a 1-based line, when this source holds it. */
    Optional<String> line(int number);
}
