package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal format: one line per finding, {@code file:line:col: severity rule-id message}, grouped
 * by file with a blank line between files, related places indented below, and a summary line.
 * Colour (ANSI) only when asked for, i.e. when writing to a terminal.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean colour;

    public TextReporter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        String currentFile = null;
        int filesWithFindings = 0;
        for (Finding f : result.findings()) {
            if (!f.file().equals(currentFile)) {
                if (currentFile != null) {
                    out.append('\n');
                }
                currentFile = f.file();
                filesWithFindings++;
            }
            out.append(paint(BOLD, f.file() + ":" + f.line() + ":" + f.column() + ":")).append(' ')
                    .append(paint(colourOf(f.severity()), f.severity().label())).append(' ')
                    .append(paint(DIM, f.ruleId())).append(' ')
                    .append(f.message()).append('\n');
            for (RelatedLocation r : f.related()) {
                out.append("    ").append(r.file()).append(':').append(String.valueOf(r.line())).append(':')
                        .append(String.valueOf(r.column())).append(": ").append(r.message()).append('\n');
            }
        }
        if (!result.findings().isEmpty()) {
            out.append('\n');
        }
        out.append(summary(result, filesWithFindings)).append('\n');
    }

    private String summary(LintResult result, int filesWithFindings) {
        Map<Severity, Integer> counts = result.countBySeverity();
        int total = result.findings().size();
        String seconds = String.format(Locale.ROOT, "%.2f", result.elapsed().toNanos() / 1e9);
        String files = result.fileCount() == 1 ? "1 file" : result.fileCount() + " files";
        if (total == 0) {
            return paint(BOLD, "No problems") + " in " + files + " (" + seconds + " s).";
        }
        return paint(BOLD, plural(total, "problem")) + " (" + plural(counts.get(Severity.ERROR), "error") + ", "
                + plural(counts.get(Severity.WARNING), "warning") + ", " + plural(counts.get(Severity.INFO), "info")
                + ") in " + filesWithFindings + " of " + files + " (" + seconds + " s).";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private String paint(String ansi, String text) {
        return colour ? ansi + text + RESET : text;
    }
}
