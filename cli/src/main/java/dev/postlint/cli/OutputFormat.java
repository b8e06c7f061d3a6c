package dev.postlint.cli;

import dev.postlint.core.report.ReportFormat;

/** Report formats the CLI writes (the names users type). */
enum OutputFormat {
    text, json, sarif, junit, checkstyle, github, html;

    ReportFormat toReportFormat() {
        return ReportFormat.parse(name()).orElseThrow();
    }
}
