package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Checkstyle's XML format, read by Jenkins warnings-ng, GitLab and many editors. */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        XmlReport xml = new XmlReport();
        xml.start("checkstyle").attribute("version", "8.0");
        Map<String, List<Finding>> byFile = result.findingsByFile(true);
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            xml.start("file").attribute("name", file.getKey());
            for (Finding f : file.getValue()) {
                xml.start("error").attribute("line", f.line()).attribute("column", f.column())
                        .attribute("severity", f.severity().label()).attribute("message", f.message())
                        .attribute("source", "postlint." + f.ruleId()).end(false);
            }
            xml.end(!file.getValue().isEmpty());
        }
        xml.end(!byFile.isEmpty()).writeTo(out);
    }
}
