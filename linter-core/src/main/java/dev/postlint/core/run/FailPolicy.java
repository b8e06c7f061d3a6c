package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.Severity;
import java.util.Optional;

/**
 * When a run fails: more than {@code maxAllowed} findings at or above {@code threshold} (none: never
 * for findings), a file that could not be read, or a fault in postlint itself. The one place that
 * decides it, for every front end and report.
 */
public record FailPolicy(Optional<Severity> threshold, int maxAllowed) {
    public static final FailPolicy DEFAULT = new FailPolicy(Optional.of(Severity.ERROR), 0);

    public FailPolicy {
        if (maxAllowed < 0) {
            throw new IllegalArgumentException("the number of allowed findings cannot be negative");
        }
    }

    /** Whether a finding counts towards failing the run. */
    public boolean counts(Finding finding) {
        return threshold.map(t -> finding.severity().atLeast(t)).orElse(false);
    }

    public Verdict verdict(LintResult result) {
        long counted = result.findings().stream().filter(this::counts).count();
        if (result.hasInternalErrors()) {
            return new Verdict(Verdict.Outcome.INTERNAL_ERROR, counted, maxAllowed, threshold);
        }
        boolean failed = counted > maxAllowed || !result.errors().isEmpty();
        return new Verdict(failed ? Verdict.Outcome.FAILED : Verdict.Outcome.PASSED, counted, maxAllowed,
                threshold);
    }

    /** The names users type for a threshold: error, warning, info, or never. */
    public static Optional<Optional<Severity>> parseThreshold(String text) {
        if (text.equals("never")) {
            return Optional.of(Optional.empty());
        }
        return Severity.parse(text).map(Optional::of);
    }
}
