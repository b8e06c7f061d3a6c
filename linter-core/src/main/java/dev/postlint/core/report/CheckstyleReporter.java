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
        Map<String, List<Finding>> byFile = result.findingsByFile(true);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            out.append("  <file name=\"").append(Xml.escape(file.getKey())).append("\">\n");
            for (Finding f : file.getValue()) {
                out.append("    <error line=\"").append(String.valueOf(f.line())).append("\" column=\"")
                        .append(String.valueOf(f.column())).append("\" severity=\"").append(f.severity().label())
                        .append("\" message=\"").append(Xml.escape(f.message())).append("\" source=\"postlint.")
                        .append(Xml.escape(f.ruleId())).append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
    }
}
