package dev.postlint.core.run;

import dev.postlint.core.Severity;

/** Whether a run passed, and why not: front ends turn it into an exit code or a build result. */
public record Verdict(Outcome outcome, long countedFindings, int maxAllowed, java.util.Optional<Severity> threshold) {
    public enum Outcome { PASSED, FAILED, INTERNAL_ERROR }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
