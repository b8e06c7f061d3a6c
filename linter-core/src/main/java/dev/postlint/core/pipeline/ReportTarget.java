package dev.postlint.core.pipeline;

import dev.postlint.core.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One report to write: its format and its file, or standard output. */
public record ReportTarget(ReportFormat format, Optional<Path> output) {

    /**
     * Pairs each format with the output in the same position. One format may go without an output
     * (to standard output). Without any format: text, plus github annotations on GitHub Actions.
     */
    public static List<ReportTarget> pair(List<ReportFormat> formats, List<Path> outputs, boolean githubActions)
            throws CheckException {
        List<ReportTarget> targets = new ArrayList<>();
        if (formats.isEmpty()) {
            if (outputs.size() > 1) {
                throw new CheckException("give a --format for each --output");
            }
            targets.add(new ReportTarget(ReportFormat.TEXT, outputs.stream().findFirst()));
            if (githubActions) {
                targets.add(new ReportTarget(ReportFormat.GITHUB, Optional.empty()));
            }
            return targets;
        }
        if (outputs.size() != formats.size() && outputs.size() != formats.size() - 1) {
            throw new CheckException("give one --output per --format; only one format may go to standard output");
        }
        for (int i = 0; i < formats.size(); i++) {
            Optional<Path> output = i < outputs.size() ? Optional.of(outputs.get(i)) : Optional.empty();
            targets.add(new ReportTarget(formats.get(i), output));
        }
        return targets;
    }

    /** Every format written to its usual file name in one folder (the Maven plugin's way). */
    public static List<ReportTarget> inFolder(List<ReportFormat> formats, Path folder) {
        return formats.stream().map(f -> new ReportTarget(f, Optional.of(folder.resolve(f.fileName())))).toList();
    }
}
