package dev.postlint.core;

import dev.postlint.core.source.Position;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem found by a rule: where it is, how serious, and what to do about it, in words a
 * writer understands. Lines and columns are 1-based and refer to the original file.
 */
public record Finding(String ruleId, Severity severity, String file, int line, int column,
                      String message, List<RelatedLocation> related, Optional<Fix> fix) {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
    }

    /** A finding with no certain fix. */
    public Finding(String ruleId, Severity severity, String file, int line, int column, String message,
                   List<RelatedLocation> related) {
        this(ruleId, severity, file, line, column, message, related, Optional.empty());
    }

    /** This finding at another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, file, line, column, message, related, fix);
    }

    public Position position() {
        return new Position(line, column);
    }
}
