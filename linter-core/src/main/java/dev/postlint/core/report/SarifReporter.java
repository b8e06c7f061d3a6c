package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.Version;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.ProcessingError;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, for GitHub and Azure code scanning. Every rule that ran is described in
 * {@code tool.driver.rules}; each result carries a fingerprint built from the rule, the file and the
 * text of the finding's line, so it survives lines moving above it.
 */
public final class SarifReporter implements Reporter {
    private static final String SRCROOT = "%SRCROOT%";
    private final ReportContext context;

    public SarifReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> rules = new ArrayList<>();
        for (Rule rule : result.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule(rule));
        }
        List<Object> results = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding f : result.findings()) {
            results.add(result(result, f, ruleIndex.get(f.ruleId()), occurrences));
        }
        Map<String, Object> driver = map("name", "postlint", "version", Version.get(),
                "informationUri", "https://github.com/postlint/postlint", "rules", rules);
        List<Object> notifications = new ArrayList<>();
        for (ProcessingError e : result.errors()) {
            notifications.add(map("level", "error", "message", map("text", e.file() + ": " + e.message())));
        }
        Map<String, Object> run = map(
                "tool", map("driver", driver),
                "originalUriBaseIds", map(SRCROOT, map("uri", Path.of("").toAbsolutePath().toUri().toString())),
                "invocations", List.of(map("executionSuccessful", !result.hasInternalErrors(),
                        "toolExecutionNotifications", notifications)),
                "results", results);
        Map<String, Object> log = map("$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
                "runs", List.of(run));
        Json.write(log, out, "");
        out.append('\n');
    }

    private Map<String, Object> rule(Rule rule) {
        Map<String, Object> r = map("id", rule.id(),
                "shortDescription", map("text", rule.description()),
                "fullDescription", map("text", context.docs().section(rule.id(), "What it catches")
                        .orElse(rule.description())),
                "defaultConfiguration", map("level", level(rule.defaultSeverity())),
                "helpUri", Version.docsUrl(rule.id()));
        context.docs().page(rule.id()).ifPresent(page -> r.put("help", map("text", rule.description(), "markdown", page)));
        return r;
    }

    private Map<String, Object> result(LintResult lint, Finding f, Integer index, Map<String, Integer> occurrences) {
        Map<String, Object> r = map("ruleId", f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", level(f.severity()));
        r.put("message", map("text", f.message()));
        r.put("locations", List.of(map("physicalLocation", physical(f.file(), f.line(), f.column()))));
        if (!f.related().isEmpty()) {
            List<Object> related = new ArrayList<>();
            int id = 1;
            for (RelatedLocation rl : f.related()) {
                related.add(map("id", id++, "physicalLocation", physical(rl.file(), rl.line(), rl.column()),
                        "message", map("text", rl.message())));
            }
            r.put("relatedLocations", related);
        }
        String key = f.ruleId() + "\u0000" + f.file() + "\u0000"
                + context.sources().line(lint, f.file(), f.line()).strip().replaceAll("\\s+", " ");
        int n = occurrences.merge(key, 1, Integer::sum);
        r.put("partialFingerprints", map("postlint/v1", sha256(key + "\u0000" + n)));
        return r;
    }

    private static Map<String, Object> physical(String file, int line, int column) {
        return map("artifactLocation", artifact(file), "region", map("startLine", line, "startColumn", column));
    }

    private static Map<String, Object> artifact(String file) {
        String path = file.replace('\\', '/');
        try {
            if (Path.of(file).isAbsolute()) {
                return map("uri", Path.of(file).toUri().toString());
            }
            return map("uri", new URI(null, null, path, null).toASCIIString(), "uriBaseId", SRCROOT);
        } catch (URISyntaxException e) {
            return map("uri", path.replace(" ", "%20"), "uriBaseId", SRCROOT);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
