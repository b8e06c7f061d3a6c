package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.ProcessingError;
import java.io.IOException;
import java.util.Map;

/**
 * Machine-readable report: {@code {"tool":{...},"files":N,"findings":[...],"summary":{...}}}, plus
 * {@code "errors"} for files that could not be checked.
 */
public final class JsonReporter implements Reporter {
    private final String version;

    public JsonReporter(String version) {
        this.version = version;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        out.append("{\n  \"tool\": {\"name\": \"postlint\", \"version\": ").append(Json.string(version)).append("},\n");
        out.append("  \"files\": ").append(String.valueOf(result.fileCount())).append(",\n");
        out.append("  \"findings\": [");
        String separator = "\n";
        for (Finding f : result.findings()) {
            out.append(separator).append("    {\"rule\": ").append(Json.string(f.ruleId()))
                    .append(", \"severity\": ").append(Json.string(f.severity().label()))
                    .append(", \"file\": ").append(Json.string(f.file()))
                    .append(", \"line\": ").append(String.valueOf(f.line()))
                    .append(", \"column\": ").append(String.valueOf(f.column()))
                    .append(", \"message\": ").append(Json.string(f.message()))
                    .append(", \"related\": [");
            String relSeparator = "";
            for (RelatedLocation r : f.related()) {
                out.append(relSeparator).append("{\"file\": ").append(Json.string(r.file()))
                        .append(", \"line\": ").append(String.valueOf(r.line()))
                        .append(", \"column\": ").append(String.valueOf(r.column()))
                        .append(", \"message\": ").append(Json.string(r.message())).append("}");
                relSeparator = ", ";
            }
            out.append("]}");
            separator = ",\n";
        }
        out.append(result.findings().isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"errors\": [");
        separator = "\n";
        for (ProcessingError e : result.errors()) {
            out.append(separator).append("    {\"file\": ").append(Json.string(e.file()))
                    .append(", \"message\": ").append(Json.string(e.message())).append("}");
            separator = ",\n";
        }
        out.append(result.errors().isEmpty() ? "],\n" : "\n  ],\n");
        Map<Severity, Integer> counts = result.countBySeverity();
        out.append("  \"summary\": {\"error\": ").append(String.valueOf(counts.get(Severity.ERROR)))
                .append(", \"warning\": ").append(String.valueOf(counts.get(Severity.WARNING)))
                .append(", \"info\": ").append(String.valueOf(counts.get(Severity.INFO))).append("}\n}\n");
    }
}
