package dev.postlint.core.report;

import dev.postlint.core.Severity;
import java.util.Optional;

/** What reporters need besides the result: the run's fail level, rule pages and the source of checked files. */
public record ReportContext(Optional<Severity> failLevel, RuleDocs docs, SourceFiles sources) {
    public static ReportContext of(Optional<Severity> failLevel) {
        return new ReportContext(failLevel, new RuleDocs(), new SourceFiles());
    }
}
