package dev.postlint.cli;

import dev.postlint.core.rule.RuleRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a real process: the rules must be found by ServiceLoader inside it. */
class JarIT {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("postlint.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void jarChecksTheSeedWithDefaultsWhenNoConfigExists() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path seed = SharedFiles.root().resolve("seed");
        Result result = run(work, "check", seed.toString(), "--format", "json", "--offline");
        assertEquals(1, result.code(), result.err());
        JsonNode summary = new ObjectMapper().readTree(result.out()).get("summary");
        assertEquals("{\"error\":4,\"warning\":9,\"info\":0}", summary.toString(), result.out());
    }

    @Test
    void jarListsRulesAndPrintsItsVersion() throws Exception {
        Result rules = run(dir, "rules");
        assertEquals(0, rules.code());
        assertEquals(RuleRegistry.loadBuiltIn().all().size(), rules.out().lines().count(), rules.out());
        Result version = run(dir, "--version");
        assertTrue(version.out().matches("postlint \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
    }
}
