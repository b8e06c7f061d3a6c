package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Machine-readable report: {@code {"tool":{...},"files":N,"findings":[...],"errors":[...],"summary":{...}}};
 * {@code errors} lists files that could not be checked.
 */
public final class JsonReporter implements Reporter {
    record Tool(String name, String version) {
    }

    record Place(String file, int line, int column, String message) {
    }

    record Entry(String rule, String severity, String file, int line, int column, String message, List<Place> related) {
    }

    record Error(String file, String message) {
    }

    record Summary(int error, int warning, int info) {
    }

    record Report(Tool tool, int files, List<Entry> findings, List<Error> errors, Summary summary) {
    }

    private final String version;

    public JsonReporter(String version) {
        this.version = version;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        List<Entry> findings = result.findings().stream().map(JsonReporter::entry).toList();
        List<Error> errors = result.errors().stream().map(e -> new Error(e.file(), e.message())).toList();
        Map<Severity, Integer> counts = result.countBySeverity();
        JsonWriting.write(new Report(new Tool("postlint", version), result.fileCount(), findings, errors,
                new Summary(counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO))), out);
    }

    private static Entry entry(Finding f) {
        List<Place> related = f.related().stream().map(JsonReporter::place).toList();
        return new Entry(f.ruleId(), f.severity().label(), f.file(), f.line(), f.column(), f.message(), related);
    }

    private static Place place(RelatedLocation r) {
        return new Place(r.file(), r.line(), r.column(), r.message());
    }
}
