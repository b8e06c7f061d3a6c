package dev.postlint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.Version;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.run.Fingerprints;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.ProcessingError;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, for GitHub and Azure code scanning. Every rule that ran is described in
 * {@code tool.driver.rules}, with its help page from the rule itself; each result carries its
 * {@link Fingerprints fingerprint}, so it survives lines moving above it.
 */
public final class SarifReporter implements Reporter {
    private static final String SRCROOT = "%SRCROOT%";

    private final Path workingDir;

    public SarifReporter(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        ObjectNode log = object();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json").put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "postlint").put("version", Version.get())
                .put("informationUri", "https://github.com/postlint/postlint");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : result.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule(rule));
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT)
                .put("uri", workingDir.toAbsolutePath().toUri().toString());
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", !result.hasInternalErrors());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (ProcessingError e : result.errors()) {
            notifications.addObject().put("level", "error").putObject("message").put("text", e.file() + ": " + e.message());
        }
        ArrayNode results = run.putArray("results");
        List<String> fingerprints = Fingerprints.of(result);
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            results.add(result(f, ruleIndex.get(f.ruleId()), fingerprints.get(i)));
        }
        JsonWriting.write(log, out);
    }

    private static ObjectNode rule(Rule rule) {
        ObjectNode r = object().put("id", rule.id());
        r.putObject("shortDescription").put("text", rule.description());
        r.putObject("fullDescription").put("text", RuleDocs.section(rule, "What it catches").orElse(rule.description()));
        r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        r.put("helpUri", rule.docUrl());
        rule.docPage().ifPresent(page -> r.putObject("help").put("text", rule.description()).put("markdown", page));
        r.putObject("properties").putArray("tags").add(rule.category().id());
        return r;
    }

    private static ObjectNode result(Finding f, Integer index, String fingerprint) {
        ObjectNode r = object().put("ruleId", f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", level(f.severity()));
        r.putObject("message").put("text", f.message());
        r.putArray("locations").addObject().set("physicalLocation", physical(f.file(), f.line(), f.column()));
        if (!f.related().isEmpty()) {
            ArrayNode related = r.putArray("relatedLocations");
            int id = 1;
            for (RelatedLocation rl : f.related()) {
                ObjectNode location = related.addObject().put("id", id++);
                location.set("physicalLocation", physical(rl.file(), rl.line(), rl.column()));
                location.putObject("message").put("text", rl.message());
            }
        }
        r.putObject("partialFingerprints").put("postlint/v2", fingerprint);
        return r;
    }

    private static ObjectNode physical(String file, int line, int column) {
        ObjectNode physical = object();
        physical.set("artifactLocation", artifact(file));
        physical.putObject("region").put("startLine", line).put("startColumn", column);
        return physical;
    }

    private static ObjectNode artifact(String file) {
        String path = file.replace('\\', '/');
        try {
            if (Path.of(file).isAbsolute()) {
                return object().put("uri", Path.of(file).toUri().toString());
            }
            return object().put("uri", new URI(null, null, path, null).toASCIIString()).put("uriBaseId", SRCROOT);
        } catch (URISyntaxException e) {
            return object().put("uri", path.replace(" ", "%20")).put("uriBaseId", SRCROOT);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ObjectNode object() {
        return JsonWriting.MAPPER.createObjectNode();
    }
}
