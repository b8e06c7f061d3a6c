package dev.postlint.core.report;

import dev.postlint.core.Counted;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.Version;
import dev.postlint.core.io.Sha256;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.run.SourceExcerpts;
import dev.postlint.core.run.LintResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One self-contained HTML page for editors: a summary, then each post with its findings, the source
 * lines around each one, and the rule's explanation and fix. Filters and sorting need JavaScript;
 * without it everything is shown. Every piece of post content is escaped, and the page's content
 * security policy only lets the report's own script run.
 */
public final class HtmlReporter implements Reporter {
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = result.findingsByFile(false);
        Map<Severity, Integer> counts = result.countBySeverity();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
                .append("script-src '").append("sha256-").append(Base64.getEncoder().encodeToString(Sha256.of(SCRIPT))).append("'\">\n")
                .append("<title>postlint report</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>postlint report</h1><p class=\"meta\">")
                .append(Counted.count(result.fileCount(), "file")).append(" checked, ")
                .append(Counted.count(result.findings().size(), "finding")).append(" in ").append(Counted.count(byFile.size(), "post"))
                .append(" · postlint ").append(Html.escape(Version.get())).append("</p></header>\n");
        writeSummary(out, result, byFile, counts);
        writeControls(out, result);
        out.append("<main id=\"posts\">\n");
        int n = 0;
        for (Map.Entry<String, List<Finding>> post : byFile.entrySet()) {
            writePost(out, result, ++n, post.getKey(), post.getValue());
        }
        if (byFile.isEmpty()) {
            out.append("<p class=\"clean\">No problems found.</p>\n");
        }
        out.append("</main>\n<p id=\"nothing\" hidden>No finding matches the filters.</p>\n");
        out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private static void writeSummary(Appendable out, LintResult result, Map<String, List<Finding>> byFile,
                              Map<Severity, Integer> counts) throws IOException {
        out.append("<section id=\"summary\"><h2>Summary</h2>\n<ul class=\"totals\">");
        for (Severity s : Severity.values()) {
            out.append("<li class=\"sev-").append(s.label()).append("\"><strong>").append(String.valueOf(counts.get(s)))
                    .append("</strong> ").append(s.label()).append(counts.get(s) == 1 || s == Severity.INFO ? "" : "s")
                    .append("</li>");
        }
        out.append("</ul>\n<div class=\"columns\"><div><h3>By rule</h3><table><thead><tr><th>Rule</th><th>Severity</th>")
                .append("<th>Findings</th></tr></thead><tbody>\n");
        Map<String, List<Finding>> byRule = new TreeMap<>();
        result.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            out.append("<tr><td><code>").append(Html.escape(rule.getKey())).append("</code></td><td>")
                    .append(rule.getValue().get(0).severity().label()).append("</td><td>")
                    .append(String.valueOf(rule.getValue().size())).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n<div><h3>Posts with the most findings</h3><ol class=\"top\">\n");
        List<Map.Entry<String, List<Finding>>> top = new ArrayList<>(byFile.entrySet());
        top.sort(Comparator.comparingInt((Map.Entry<String, List<Finding>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        List<String> order = new ArrayList<>(byFile.keySet());
        for (Map.Entry<String, List<Finding>> e : top.subList(0, Math.min(10, top.size()))) {
            out.append("<li><a href=\"#post-").append(String.valueOf(order.indexOf(e.getKey()) + 1)).append("\">")
                    .append(Html.escape(title(result, e.getKey()))).append("</a> <span class=\"count\">")
                    .append(String.valueOf(e.getValue().size())).append("</span></li>\n");
        }
        out.append("</ol></div></div></section>\n");
    }

    private static void writeControls(Appendable out, LintResult result) throws IOException {
        out.append("<form id=\"controls\" hidden><fieldset><legend>Show</legend>");
        for (Severity s : Severity.values()) {
            out.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.label())
                    .append("\" checked> ").append(s.label()).append("</label> ");
        }
        out.append("</fieldset><label>Rule <select name=\"rule\"><option value=\"\">all rules</option>");
        result.findings().stream().map(Finding::ruleId).distinct().sorted().forEach(id -> {
            try {
                out.append("<option value=\"").append(Html.escape(id)).append("\">").append(Html.escape(id)).append("</option>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.append("</select></label> <label>Text <input type=\"search\" name=\"text\" placeholder=\"words in a finding or path\"></label> ")
                .append("<label>Sort <select name=\"sort\"><option value=\"file\">by file</option>")
                .append("<option value=\"count\">by number of findings</option></select></label> ")
                .append("<output name=\"shown\"></output></form>\n");
    }

    private static void writePost(Appendable out, LintResult result, int n, String file, List<Finding> findings)
            throws IOException {
        out.append("<article class=\"post\" id=\"post-").append(String.valueOf(n)).append("\" data-file=\"")
                .append(Html.escape(file)).append("\" data-count=\"").append(String.valueOf(findings.size())).append("\">\n")
                .append("<h2>").append(Html.escape(title(result, file))).append("</h2>\n<p class=\"path\"><code>")
                .append(Html.escape(file)).append("</code> · ").append(Counted.count(findings.size(), "finding")).append("</p>\n<ol class=\"findings\">\n");
        for (Finding f : findings) {
            writeFinding(out, result, f);
        }
        out.append("</ol>\n</article>\n");
    }

    private static void writeFinding(Appendable out, LintResult result, Finding f) throws IOException {
        String sev = f.severity().label();
        out.append("<li class=\"finding sev-").append(sev).append("\" data-severity=\"").append(sev)
                .append("\" data-rule=\"").append(Html.escape(f.ruleId())).append("\">\n<p class=\"head\"><span class=\"badge\">")
                .append(sev).append("</span> <code>").append(Html.escape(f.ruleId())).append("</code> <span class=\"where\">line ")
                .append(String.valueOf(f.line())).append(", column ").append(String.valueOf(f.column())).append("</span></p>\n")
                .append("<p class=\"message\">").append(Html.escape(f.message())).append("</p>\n");
        writeSnippet(out, result, f.file(), f.line());
        for (RelatedLocation r : f.related()) {
            out.append("<p class=\"related\">See also ").append(Html.escape(r.message())).append(", line ")
                    .append(String.valueOf(r.line())).append(":</p>\n");
            writeSnippet(out, result, r.file(), r.line());
        }
        Optional<Rule> rule = result.rules().stream().filter(r -> r.id().equals(f.ruleId())).findFirst();
        String why = rule.flatMap(r -> RuleDocs.section(r, "Why it matters")).orElse("");
        String fix = rule.flatMap(r -> RuleDocs.section(r, "How to fix")).orElse("");
        if (!why.isEmpty() || !fix.isEmpty()) {
            out.append("<details><summary>Why it matters and how to fix it</summary>\n");
            if (!why.isEmpty()) {
                out.append("<h4>Why it matters</h4><p class=\"doc\">").append(Html.escape(why)).append("</p>\n");
            }
            if (!fix.isEmpty()) {
                out.append("<h4>How to fix</h4><p class=\"doc\">").append(Html.escape(fix)).append("</p>\n");
            }
            out.append("<p class=\"doc-link\"><a href=\"").append(Html.escape(rule.get().docUrl()))
                    .append("\">The page of ").append(Html.escape(f.ruleId())).append("</a></p>\n");
            out.append("</details>\n");
        }
        out.append("</li>\n");
    }

    private static void writeSnippet(Appendable out, LintResult result, String file, int line) throws IOException {
        if (result.excerpts().line(file, line).isEmpty()) {
            return;
        }
        out.append("<pre class=\"snippet\">");
        for (int i = Math.max(1, line - SourceExcerpts.CONTEXT_LINES); i <= line + SourceExcerpts.CONTEXT_LINES; i++) {
            Optional<String> text = result.excerpts().line(file, i);
            if (text.isEmpty()) {
                continue;
            }
            boolean hit = i == line;
            // The highlighted line is a block of its own, so it needs no line break after it.
            out.append(hit ? "<mark>" : "").append("<span class=\"ln\">").append(String.valueOf(i)).append("</span>")
                    .append(Html.escape(text.get())).append(hit ? "</mark>" : "\n");
        }
        out.append("</pre>\n");
    }

    private static String title(LintResult result, String file) {
        return result.title(file).orElse(file);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
