package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.run.FailPolicy;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML for CI test views (Jenkins, GitLab): a test suite per file, a test case per rule that ran
 * on it, and a failure per finding that counts towards failing the run. Other findings are listed in
 * the test case's output.
 */
public final class JunitReporter implements Reporter {
    private final FailPolicy policy;

    public JunitReporter(FailPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = result.findingsByFile(true);
        XmlReport xml = new XmlReport();
        xml.start("testsuites").attribute("name", "postlint").attribute("tests", byFile.size() * result.rules().size())
                .attribute("failures", result.findings().stream().filter(policy::counts).count())
                .attribute("errors", 0)
                .attribute("time", String.format(Locale.ROOT, "%.3f", result.elapsed().toNanos() / 1e9));
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            xml.start("testsuite").attribute("name", file.getKey()).attribute("tests", result.rules().size())
                    .attribute("failures", file.getValue().stream().filter(policy::counts).count())
                    .attribute("errors", 0).attribute("skipped", 0);
            for (Rule rule : result.rules()) {
                writeCase(xml, file.getKey(), rule, file.getValue());
            }
            xml.end(!result.rules().isEmpty());
        }
        xml.end(!byFile.isEmpty()).writeTo(out);
    }

    private void writeCase(XmlReport xml, String file, Rule rule, List<Finding> findings) throws IOException {
        List<Finding> mine = findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        xml.start("testcase").attribute("name", rule.id()).attribute("classname", file);
        StringBuilder below = new StringBuilder();
        for (Finding f : mine) {
            String where = f.file() + ":" + f.line() + ":" + f.column();
            if (policy.counts(f)) {
                xml.start("failure").attribute("message", f.line() + ":" + f.column() + " " + f.message())
                        .attribute("type", f.severity().label())
                        .text(where + ": " + f.severity().label() + " " + f.ruleId() + " " + f.message()).end(false);
            } else {
                below.append(where).append(": ").append(f.severity().label()).append(' ').append(f.message()).append('\n');
            }
        }
        if (below.length() > 0) {
            xml.start("system-out").text(below.toString()).end(false);
        }
        xml.end(!mine.isEmpty());
    }
}
