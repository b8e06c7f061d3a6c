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
            ReportFormat format = outputs.isEmpty() ? ReportFormat.TEXT : formatOf(outputs.get(0));
            targets.add(new ReportTarget(format, outputs.stream().findFirst()));
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

    /** The format an output file's name asks for when no --format is given; an .xml file could be two. */
    static ReportFormat formatOf(Path output) throws CheckException {
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return ReportFormat.JSON;
        }
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return ReportFormat.SARIF;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return ReportFormat.HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return ReportFormat.TEXT; // a Markdown file is then refused as a report target, with its own reason
        }
        if (name.endsWith(".xml")) {
            throw new CheckException("--output " + output + ": an .xml report is junit or checkstyle; say which with "
                    + "--format");
        }
        throw new CheckException("--output " + output + ": give --format (" + ReportFormat.ids()
                + "); the file name does not say which");
    }

    /** Every format written to its usual file name in one folder (the Maven plugin's way). */
    public static List<ReportTarget> inFolder(List<ReportFormat> formats, Path folder) {
        return formats.stream().map(f -> new ReportTarget(f, Optional.of(folder.resolve(f.fileName())))).toList();
    }
}
