package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command examples (its {@code sh} blocks) run as written, with the runnable jar, on a copy
 * of the bundled example site: each may find problems (exit 1) but none may be a usage error or a fault.
 */
class ReadmeExamplesIT {
    @TempDir
    Path dir;

    private static List<String> examples() throws IOException {
        List<String> commands = new ArrayList<>();
        String language = null;
        for (String line : Files.readAllLines(Path.of("../README.md"))) {
            if (line.startsWith("```")) {
                language = language == null ? line.substring(3).strip() : null;
            } else if ("sh".equals(language) && line.strip().matches("(\\./)?postlint .*")) {
                commands.add(line.strip().replaceFirst("\\s+#.*$", ""));
            }
        }
        return commands;
    }

    @Test
    void everyCommandExampleRunsAsWritten() throws Exception {
        Path examples = dir.resolve("examples");
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            for (Path file : files.toList()) {
                Path target = examples.resolve(Path.of("../examples").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        List<String> commands = examples();
        assertTrue(commands.size() >= 4, commands.toString());
        for (String command : commands) {
            List<String> args = new ArrayList<>(Arrays.asList(command.split("\\s+")));
            args.remove(0);
            // The checkout's own example runs from the checkout; the others from a site's root.
            Path workDir = command.contains("examples/") ? dir : examples;
            List<String> process = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", Path.of(System.getProperty("postlint.jar")).toAbsolutePath().toString()));
            process.addAll(args);
            Process p = new ProcessBuilder(process).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out.txt").toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), command);
            String output = Files.readString(dir.resolve("out.txt"));
            assertTrue(p.exitValue() == 0 || p.exitValue() == 1, command + " exited with " + p.exitValue() + ":\n"
                    + output);
            assertFalse(output.contains("internal error"), command + ":\n" + output);
        }
        assertTrue(Files.isRegularFile(examples.resolve(".postlint.yml")), "postlint init wrote the config");
        assertTrue(Files.readString(examples.resolve("postlint.sarif")).contains("\"$schema\""));
        assertTrue(Files.readString(examples.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    }
}
