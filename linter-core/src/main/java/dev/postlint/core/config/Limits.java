package dev.postlint.core.config;

import dev.postlint.core.PostParser;
import dev.postlint.core.io.RecordText;
import java.time.Duration;

/**
 * How much work one file may make: its size, how deeply its blocks nest, how long its lines are, how long its rules may take
 * and how many findings it may give. A file beyond a limit gets a {@code processing-error} finding
 * that names the limit, and the run goes on with the other files.
 */
public record Limits(long maxFileSize, int maxNesting, int maxLineLength, Duration maxFileTime,
                     int maxFindingsPerFile) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    public static final Limits DEFAULTS = new Limits(10L * 1024 * 1024, PostParser.DEFAULT_MAX_NESTING,
            PostParser.DEFAULT_MAX_LINE_LENGTH, Duration.ofSeconds(10), 1000);
}
