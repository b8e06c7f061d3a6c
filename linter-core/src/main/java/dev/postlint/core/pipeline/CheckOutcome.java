package dev.postlint.core.pipeline;

import dev.postlint.core.Severity;
import dev.postlint.core.report.Counted;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a check found, whether it passed, and the report files it wrote. */
public record CheckOutcome(LintResult result, Verdict verdict, List<Path> reportFiles) {
    public CheckOutcome {
        reportFiles = List.copyOf(reportFiles);
    }

    /** One line for a log: files checked and findings by severity. */
    public String summary() {
        Map<Severity, Integer> counts = result.countBySeverity();
        return Counted.count(result.fileCount(), "file") + " checked: " + Counted.count(counts.get(Severity.ERROR), "error")
                + ", " + Counted.count(counts.get(Severity.WARNING), "warning") + ", "
                + Counted.count(counts.get(Severity.INFO), "info");
    }

    /** Why the check failed, in one line, or empty when it passed. */
    public String failureReason() {
        return switch (verdict.outcome()) {
            case PASSED -> "";
            case INTERNAL_ERROR -> "postlint failed on " + result.errors().stream().filter(e -> e.internal())
                    .findFirst().map(Object::toString).orElse("an internal error");
            case FAILED -> verdict.countedFindings() > verdict.maxAllowed()
                    ? Counted.count(verdict.countedFindings(), "finding") + " at or above the fail level ("
                    + verdict.maxAllowed() + " allowed); " + summary()
                    : Counted.count(result.errors().size(), "file") + " could not be read; " + summary();
        };
    }
}
