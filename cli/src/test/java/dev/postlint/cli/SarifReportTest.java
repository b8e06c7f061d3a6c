package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postlint.core.rule.RuleRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF output, validated against the SARIF 2.1.0 schema bundled in shared/schemas. */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path config;
    Path lengthRulesOff;
    JsonSchema schema;

    @BeforeEach
    void setUp() throws Exception {
        config = Files.writeString(dir.resolve(".postlint.yml"), "");
        lengthRulesOff = Files.writeString(dir.resolve("short.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        JsonNode schemaNode = JSON.readTree(SharedFiles.root().resolve("schemas/sarif-schema-2.1.0.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
        assertTrue(!schema.validate(JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}")).isEmpty(),
                "the validator rejects a run without a tool");
    }

    private JsonNode sarif(String target, Path out) throws Exception {
        return sarif(target, out, config);
    }

    private JsonNode sarif(String target, Path out, Path configFile) throws Exception {
        CliRun run = CliRun.of("check", target, "--config", configFile.toString(), "--offline", "--format", "sarif",
                "--output", out.toString(), "--fail-on", "never");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode log = JSON.readTree(out.toFile());
        Set<ValidationMessage> errors = schema.validate(log);
        assertEquals(Set.of(), errors, "SARIF schema violations");
        return log;
    }

    @Test
    void seedPostIsValidSarifWithExactResults() throws Exception {
        String seed = SharedFiles.root().resolve("seed").toString();
        JsonNode run = sarif(seed, dir.resolve("seed.sarif")).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(RuleRegistry.loadBuiltIn().all().size(), rules.size());
        for (JsonNode rule : rules) {
            assertTrue(rule.get("helpUri").asText().endsWith("/docs/rules/" + rule.get("id").asText() + ".md"));
            assertTrue(!rule.get("shortDescription").get("text").asText().isEmpty());
            assertTrue(!rule.get("fullDescription").get("text").asText().isEmpty());
        }
        List<String> results = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
            String entry = r.get("ruleId").asText() + " " + r.get("level").asText() + " " + region.get("startLine").asInt()
                    + ":" + region.get("startColumn").asInt();
            if (r.has("relatedLocations")) {
                entry += " related " + r.get("relatedLocations").get(0).get("physicalLocation").get("region")
                        .get("startLine").asInt();
            }
            results.add(entry);
            assertEquals(rules.get(r.get("ruleIndex").asInt()).get("id").asText(), r.get("ruleId").asText());
            assertTrue(r.get("partialFingerprints").get("postlint/v2").asText().matches("[0-9a-f]{32}"));
        }
        assertEquals(List.of("title-length warning 3:8", "front-matter-whitespace warning 3:9", "stale-year warning 3:62",
                "description-length warning 5:14", "front-matter-whitespace warning 6:1", "stale-year warning 7:82", "image-path-spaces error 11:13",
                "image-alt-missing warning 17:1", "image-path-spaces error 17:5",
                "heading-summary-mismatch warning 65:17 related 29", "heading-summary-mismatch warning 91:12 related 37",
                "inline-style error 95:1", "inline-style error 97:28"), results);
        String uri = run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText();
        assertTrue(uri.endsWith("/seed/2021-03-29-die-7-wichtigsten-ziele-fuer-vertriebsleiter-2020.md"), uri);
    }

    @Test
    void wholeCorpusIsValidSarif() throws Exception {
        JsonNode log = sarif(SharedFiles.root().resolve("corpus").toString(), dir.resolve("corpus.sarif"));
        assertTrue(log.get("runs").get(0).get("results").size() > 1000);
    }

    @Test
    void fingerprintsSurviveUnrelatedLinesMovingAndSpacesAreEncoded() throws Exception {
        Path post = dir.resolve("my posts/a post.md");
        Files.createDirectories(post.getParent());
        String body = "---\ntitle: \" Spaced\"\ndescription: d\ndate: 2024-01-01\nauthor: a\n---\n<p style=\"x\">a</p>\n"
                + "<p style=\"x\">a</p>\n";
        Files.writeString(post, body);
        JsonNode before = sarif(post.toString(), dir.resolve("before.sarif"), lengthRulesOff).get("runs").get(0).get("results");
        Files.writeString(post, body.replace("---\n<p", "---\nA new first paragraph.\n\nAnother one.\n\n<p"));
        JsonNode after = sarif(post.toString(), dir.resolve("after.sarif"), lengthRulesOff).get("runs").get(0).get("results");
        assertEquals(4, before.size(), "slug-format (spaces in the name), front-matter-whitespace, two inline-style");
        assertEquals(4, after.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(before.get(i).get("partialFingerprints"), after.get(i).get("partialFingerprints"));
        }
        assertTrue(!before.get(2).get("partialFingerprints").equals(before.get(3).get("partialFingerprints")),
                "two identical lines get different fingerprints");
        assertEquals(7, before.get(2).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        assertEquals(11, after.get(2).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        String uri = before.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
        assertTrue(uri.endsWith("my%20posts/a%20post.md"), uri);
    }
}
