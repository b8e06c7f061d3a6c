package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example site shows every rule firing at least once, and its clean post stays clean.
 * link-redirect needs a real redirecting web server; it is shown by the HTTP tests instead.
 */
class ExamplesTest {
    @TempDir
    Path dir;

    @Test
    void everyRuleFiresAndTheCleanPostIsClean() throws Exception {
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples");
        Path config = Files.writeString(dir.resolve(".postlint.yml"), "");
        CliRun run = CliRun.of("check", examples.toString(), "--format", "json", "--config", config.toString(), "--offline");
        assertEquals(1, run.exitCode(), run.err());
        Set<String> fired = new TreeSet<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            fired.add(f.get("rule").asText());
            assertEquals(false, f.get("file").asText().endsWith("2024-02-20-a-clean-post.md"), f.toString());
        }
        Set<String> all = new TreeSet<>();
        RuleRegistry.loadBuiltIn().all().stream().map(Rule::id).forEach(all::add);
        all.remove("link-redirect");
        all.remove("processing-error"); // only hostile files get it: ProcessingErrorRuleTest has them
        assertEquals(all, fired);
    }
}
