package dev.postlint.core.run;

/** Whether a run passed, and why not: front ends turn it into an exit code or a build result. */
public record Verdict(Outcome outcome, long countedFindings, int maxAllowed) {
    public enum Outcome { PASSED, FAILED, INTERNAL_ERROR }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
