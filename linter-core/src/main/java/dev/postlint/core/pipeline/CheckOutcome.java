package dev.postlint.core.pipeline;

import dev.postlint.core.Severity;
import dev.postlint.core.Counted;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a check found, whether it passed, the report files it wrote, the fixes it applied or shows, and
 * the paths it was given that name nothing (the others were checked).
 */
public record CheckOutcome(LintResult result, Verdict verdict, List<Path> reportFiles,
                           java.util.Optional<BaselineUse> baseline, List<AppliedFix> fixes,
                           List<String> missingPaths) {
    /** A fix {@code check --fix} made (or, with {@code --dry-run}, would make). */
    public record AppliedFix(String file, int line, int column, String ruleId, String description) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + ruleId + ": " + description;
        }
    }

    /** The baseline a check used: its file, how many findings it accepted, how many of its entries are fixed. */
    public record BaselineUse(Path file, int baselined, int stale) {
        /** One line for people: what the baseline hid and what is stale. */
        public String summary() {
            return Counted.count(baselined, "finding") + " accepted in the baseline " + file
                    + (baselined == 1 ? " is" : " are") + " not reported"
                    + (stale == 0 ? "" : "; " + Counted.count(stale, "entry", "entries") + " of it "
                    + (stale == 1 ? "is" : "are") + " fixed ('postlint baseline --prune' drops "
                    + (stale == 1 ? "it" : "them") + ")");
        }
    }

    public CheckOutcome {
        reportFiles = List.copyOf(reportFiles);
        fixes = List.copyOf(fixes);
        missingPaths = List.copyOf(missingPaths);
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
                    ? Counted.count(verdict.countedFindings(), "finding") + " at or above the fail level "
                    + verdict.threshold().map(Severity::label).orElse("never") + " (" + verdict.maxAllowed()
                    + " allowed); " + summary()
                    : Counted.count(result.errors().size(), "file") + " could not be read; " + summary();
        };
    }
}
