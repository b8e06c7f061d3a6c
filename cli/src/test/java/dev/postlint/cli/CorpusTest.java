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
 *
 * <p>SEO rules, a sample of each checked by hand: title-length (e.g. "Jekyll turns 3.6!", 17 characters),
 * duplicate-title (_docs/collections.md and _docs/step-by-step/09-collections.md are both "Collections"),
 * slug-format (cve-2015-8027_cve-2015-6764 has underscores), heading-increment (release notes that start
 * at ### under the title), single-h1 ("# Summary" in security posts), link-text (bare URLs),
 * readability (release notes at about 1.85 syllables per word). False positives found and fixed on the
 * way: README.md taken as a slug, URLs split into many words (a download list counted as 239 words),
 * URLs and version numbers in readability, page-relative links judged without a site root, and URLs
 * with characters browsers encode (^, |, a check mark) reported as invalid.
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
