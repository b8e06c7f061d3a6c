package dev.postlint.core.report;

import dev.postlint.core.Counted;
import dev.postlint.core.source.ControlCharacters;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal format: one line per finding, {@code file:line:col: severity rule-id message}, grouped
 * by file with a blank line between files and the columns aligned within a file, related places
 * indented below, a summary line with counts and the time taken, and the counts per rule.
 * Colour (ANSI) only when asked for, i.e. when writing to a terminal.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean colour;
    private final boolean quiet;

    public TextReporter(boolean colour) {
        this(colour, false);
    }

    /** With {@code quiet}, only the findings: no summary lines. */
    public TextReporter(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = result.findingsByFile(false);
        boolean first = true;
        for (List<Finding> group : byFile.values()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            writeGroup(group, out);
        }
        if (quiet) {
            return;
        }
        if (!result.findings().isEmpty()) {
            out.append('\n');
        }
        out.append(summary(result, byFile.size())).append('\n');
        if (!result.findings().isEmpty()) {
            out.append(byRule(result)).append('\n');
        }
    }

    /** The findings per rule, most first: where a site's work is. */
    private static String byRule(LintResult result) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        result.findings().forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return "By rule: " + String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).toList()) + ".";
    }

    /** One file's findings, with the position, severity and rule columns aligned. */
    private void writeGroup(List<Finding> group, Appendable out) throws IOException {
        String file = ControlCharacters.escape(group.get(0).file());
        String[] where = new String[group.size()];
        int whereWidth = 0;
        int ruleWidth = 0;
        for (int i = 0; i < where.length; i++) {
            Finding f = group.get(i);
            where[i] = file + ":" + f.line() + ":" + f.column() + ":";
            whereWidth = Math.max(whereWidth, where[i].length());
            ruleWidth = Math.max(ruleWidth, f.ruleId().length());
        }
        for (int i = 0; i < where.length; i++) {
            Finding f = group.get(i);
            out.append(paint(BOLD, where[i])).append(" ".repeat(whereWidth - where[i].length() + 1))
                    .append(paint(colourOf(f.severity()), pad(f.severity().label(), 7))).append(' ')
                    .append(paint(DIM, pad(f.ruleId(), ruleWidth))).append("  ")
                    .append(ControlCharacters.escape(f.message())).append('\n');
            for (RelatedLocation r : f.related()) {
                out.append("    ").append(ControlCharacters.escape(r.file())).append(':')
                        .append(String.valueOf(r.line())).append(':').append(String.valueOf(r.column())).append(": ")
                        .append(ControlCharacters.escape(r.message())).append('\n');
            }
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private String summary(LintResult result, int filesWithFindings) {
        Map<Severity, Integer> counts = result.countBySeverity();
        int total = result.findings().size();
        String seconds = String.format(Locale.ROOT, "%.2f", result.elapsed().toNanos() / 1e9);
        String files = result.fileCount() == 1 ? "1 file" : result.fileCount() + " files";
        if (total == 0) {
            return paint(BOLD, "No problems") + " in " + files + " (" + seconds + " s).";
        }
        return paint(BOLD, Counted.count(total, "problem")) + " (" + Counted.count(counts.get(Severity.ERROR), "error") + ", "
                + Counted.count(counts.get(Severity.WARNING), "warning") + ", " + Counted.count(counts.get(Severity.INFO), "info")
                + ") in " + filesWithFindings + " of " + files + " (" + seconds + " s).";
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
