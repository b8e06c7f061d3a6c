package dev.postlint.core.report;

import dev.postlint.core.Version;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats postlint writes, with their usual file names; shared by the CLI and the Maven plugin. */
public enum ReportFormat {
    TEXT("postlint.txt"), JSON("postlint.json"), SARIF("postlint.sarif"), JUNIT("postlint-junit.xml"),
    CHECKSTYLE("postlint-checkstyle.xml"), GITHUB("postlint-github.txt"), HTML("postlint.html");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    public Reporter reporter(boolean colour, ReportContext context) {
        return switch (this) {
            case TEXT -> new TextReporter(colour, context.quiet());
            case JSON -> new JsonReporter(Version.get());
            case SARIF -> new SarifReporter(context.workingDir());
            case JUNIT -> new JunitReporter(context.policy());
            case CHECKSTYLE -> new CheckstyleReporter();
            case GITHUB -> new GithubReporter();
            case HTML -> new HtmlReporter();
        };
    }

    public static Optional<ReportFormat> parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
