package dev.postlint.core.suppress;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What the suppressions of a run did: each file's directives with what they suppressed, the names a
 * directive may use (rule ids and categories), and which names the run judged in full, so that
 * "suppresses nothing" is only said where the rules it names ran completely on that file:
 * {@code judgedInFull} takes a file's path and a name (the empty name for every rule).
 */
public record SuppressionReport(List<Suppressions> files, Set<String> knownNames, BiPredicate<String, String> judgedInFull) {
    public SuppressionReport {
        files = List.copyOf(files);
        knownNames = Set.copyOf(knownNames);
    }
}
