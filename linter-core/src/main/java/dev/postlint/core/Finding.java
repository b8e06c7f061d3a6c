package dev.postlint.core;

import dev.postlint.core.source.Position;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found by a rule: where it is, how serious, and what to do about it, in words a
 * writer understands. Lines and columns are 1-based and refer to the original file.
 */
public record Finding(String ruleId, Severity severity, String file, int line, int column,
                      String message, List<RelatedLocation> related) {

    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
    }

    public Position position() {
        return new Position(line, column);
    }
}
