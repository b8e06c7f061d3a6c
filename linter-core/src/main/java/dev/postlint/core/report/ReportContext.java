package dev.postlint.core.report;

import dev.postlint.core.run.FailPolicy;
import java.nio.file.Path;

/**
 * What reporters need besides the result: the run's fail policy, for formats that mark failures, and
 * the folder the check ran in, which relative paths in reports are relative to, and whether the text
 * report shows only the findings ({@code --quiet}).
 */
public record ReportContext(FailPolicy policy, Path workingDir, boolean quiet) {
    public ReportContext(FailPolicy policy, Path workingDir) {
        this(policy, workingDir, false);
    }
}
