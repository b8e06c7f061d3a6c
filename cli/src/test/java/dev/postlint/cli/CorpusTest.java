package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reality check on real content nobody here wrote: the Node.js blog and Jekyll's docs. The run must
 * not crash, must read every front matter, and its finding counts are printed for review.
 * Reviewed findings, all true defects of that content: Jekyll release posts whose date differs from
 * the file name (2014-11-06-jekylls-midlife-crisis has date 2014-11-05), a date written as
 * "2023-01-29 18:30:22 2023 -0800", and HTML images without alt text in the docs.
 */
class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void wholeCorpusRunsWithoutCrashOrFrontMatterFalsePositives() throws Exception {
        Path config = Files.writeString(dir.resolve(".postlint.yml"), "");
        Path corpus = SharedFiles.root().resolve("corpus");
        CliRun run = CliRun.of("check", corpus.toString(), "--format", "json", "--config", config.toString(), "--offline",
                "--fail-on", "never");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertTrue(report.get("files").asInt() > 1000, "corpus files found: " + report.get("files"));
        assertEquals(0, report.get("errors").size());
        Map<String, Integer> perRule = new TreeMap<>();
        for (JsonNode f : report.get("findings")) {
            perRule.merge(f.get("rule").asText(), 1, Integer::sum);
            assertNotEquals("front-matter-syntax", f.get("rule").asText(), f.toString());
            assertNotEquals("file-encoding", f.get("rule").asText(), f.toString());
        }
        System.out.println("Findings per rule on " + report.get("files").asInt() + " corpus files: " + perRule);
        assertTrue(perRule.getOrDefault("front-matter-date", 0) >= 10, "known date defects: " + perRule);
    }
}
