package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML for CI test views (Jenkins, GitLab): a test suite per file, a test case per rule that ran
 * on it, and a failure per finding at or above the fail level. Findings below it are listed in the
 * test case's output.
 */
public final class JunitReporter implements Reporter {
    private final ReportContext context;

    public JunitReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = result.findingsByFile(true);
        long totalFailures = result.findings().stream().filter(this::fails).count();
        int totalTests = byFile.size() * result.rules().size();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"postlint\" tests=\"").append(String.valueOf(totalTests))
                .append("\" failures=\"").append(String.valueOf(totalFailures)).append("\" errors=\"0\" time=\"")
                .append(seconds(result)).append("\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            long failures = file.getValue().stream().filter(this::fails).count();
            out.append("  <testsuite name=\"").append(Xml.escape(file.getKey())).append("\" tests=\"")
                    .append(String.valueOf(result.rules().size())).append("\" failures=\"").append(String.valueOf(failures))
                    .append("\" errors=\"0\" skipped=\"0\">\n");
            for (Rule rule : result.rules()) {
                writeCase(out, file.getKey(), rule, file.getValue());
            }
            out.append("  </testsuite>\n");
        }
        out.append("</testsuites>\n");
    }

    private void writeCase(Appendable out, String file, Rule rule, List<Finding> findings) throws IOException {
        List<Finding> mine = findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        out.append("    <testcase name=\"").append(Xml.escape(rule.id())).append("\" classname=\"")
                .append(Xml.escape(file)).append("\"");
        if (mine.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        StringBuilder below = new StringBuilder();
        for (Finding f : mine) {
            String where = f.file() + ":" + f.line() + ":" + f.column();
            if (fails(f)) {
                out.append("      <failure message=\"").append(Xml.escape(f.line() + ":" + f.column() + " " + f.message()))
                        .append("\" type=\"").append(f.severity().label()).append("\">")
                        .append(Xml.escape(where + ": " + f.severity().label() + " " + f.ruleId() + " " + f.message()))
                        .append("</failure>\n");
            } else {
                below.append(where).append(": ").append(f.severity().label()).append(' ').append(f.message()).append('\n');
            }
        }
        if (below.length() > 0) {
            out.append("      <system-out>").append(Xml.escape(below.toString())).append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }

    private boolean fails(Finding f) {
        return context.failLevel().map(level -> f.severity().atLeast(level)).orElse(false);
    }

    private static String seconds(LintResult result) {
        return String.format(Locale.ROOT, "%.3f", result.elapsed().toNanos() / 1e9);
    }

}
