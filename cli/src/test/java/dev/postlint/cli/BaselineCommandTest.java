package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline's life: written, passing, a new finding failing, fixed entries, lines moving, pruning. */
class BaselineCommandTest {
    private static final String OLD = "---\ntitle: An old post about the garden\n---\n"
            + "Intro.\n\n<b style=\"color: red\">Old styling.</b>\n\n<i style=\"color: blue\">More of it.</i>\n";

    @TempDir
    Path site;
    Path config;
    Path post;

    @BeforeEach
    void setUp() throws Exception {
        config = Files.writeString(site.resolve(".postlint.yml"), "rules:\n  word-count: off\n  title-length: off\n  description-length: off\n");
        post = Files.writeString(site.resolve("old.md"), OLD);
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(site.toString(), "--config", config.toString(), "--offline", "--no-cache"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private List<String> findings(CliRun run) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            found.add(f.get("rule").asText() + " " + f.get("line").asInt() + ":" + f.get("column").asInt());
        }
        return found;
    }

    @Test
    void aBaselineAcceptsTodaysFindingsAndFailsOnNewOnes() throws Exception {
        assertEquals(1, run("check").exitCode());
        CliRun written = run("baseline");
        assertEquals(0, written.exitCode(), written.err());
        Path file = site.resolve(".postlint-baseline.json");
        assertEquals("postlint: 2 findings are accepted in " + file + "\n", written.out());
        JsonNode entry = new ObjectMapper().readTree(file.toFile()).get("findings").get(0);
        assertEquals("old.md", entry.get("file").asText());
        assertEquals("inline-style", entry.get("rule").asText());
        assertTrue(entry.get("fingerprint").asText().matches("[0-9a-f]{32}"));

        CliRun clean = run("check", "--format", "json");
        assertEquals(0, clean.exitCode(), clean.err());
        assertEquals(List.of(), findings(clean));
        assertEquals("postlint: 2 findings accepted in the baseline " + file + " are not reported\n", clean.err());

        Files.writeString(post, "---\ntitle: An old post about the garden\n---\nA new first line.\n\n"
                + OLD.substring(OLD.indexOf("Intro.")) + "\n<u style=\"x\">New.</u>\n");
        CliRun moved = run("check", "--format", "json");
        assertEquals(1, moved.exitCode());
        assertEquals(List.of("inline-style 12:4"), findings(moved), "lines moved by two: only the new one counts");

        Files.writeString(post, OLD.replace("<i style=\"color: blue\">More of it.</i>", "<i>More of it.</i>"));
        CliRun fixed = run("check", "--format", "json");
        assertEquals(0, fixed.exitCode());
        assertEquals("postlint: 1 finding accepted in the baseline " + file + " is not reported; 1 entry of it is "
                + "fixed ('postlint baseline --prune' drops it)\n", fixed.err());

        CliRun pruned = run("baseline", "--prune");
        assertEquals("postlint: dropped 1 fixed entry; 1 finding is accepted in " + file + "\n", pruned.out());
        assertEquals(1, new ObjectMapper().readTree(file.toFile()).get("findings").size());
        assertEquals(List.of("inline-style 6:4"), findings(run("check", "--format", "json", "--no-baseline")));
    }

    @Test
    void aSecondIdenticalFindingOnAnIdenticalLineIsNew() throws Exception {
        run("baseline");
        Files.writeString(post, OLD + "\n<b style=\"color: red\">Old styling.</b>\n");
        assertEquals(List.of("inline-style 10:4"), findings(run("check", "--format", "json")));
    }

    @Test
    void aBrokenOrMissingBaselineIsOneClearLine() throws Exception {
        Path file = Files.writeString(site.resolve(".postlint-baseline.json"), "{\"format\": 1, \"findings\": [{}]}");
        CliRun broken = run("check");
        assertEquals(2, broken.exitCode());
        assertEquals("postlint: " + file + ": entry 1 of the baseline lacks file, rule or fingerprint\n", broken.err());
        Files.writeString(file, "not json");
        assertTrue(run("check").err().startsWith("postlint: " + file + ": cannot read the baseline ("));
        CliRun missing = run("check", "--baseline", site.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("postlint: " + site.resolve("nope.json") + ": baseline file not found\n", missing.err());
        Files.delete(file);
        CliRun nothingToPrune = run("baseline", "--prune");
        assertEquals(2, nothingToPrune.exitCode());
        assertFalse(Files.exists(file));
    }
}
