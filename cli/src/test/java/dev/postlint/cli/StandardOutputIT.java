package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report on standard output that cannot be written is an error (exit 3, one line), never a silent pass. */
class StandardOutputIT {
    private static final String MESSAGE = "postlint: error: could not write to standard output (disk full, or the "
            + "reader closed the pipe); the report is incomplete\n";

    @TempDir
    Path dir;

    private ProcessBuilder postlint() throws Exception {
        Files.writeString(dir.resolve("post.md"), "---\ntitle: A post that is fine to read\n---\n\nSome text.\n");
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("postlint.jar")).toAbsolutePath().toString(), "check", "post.md",
                "--format", "json", "--offline")).directory(dir.toFile()).redirectError(dir.resolve("err.txt").toFile());
    }

    @Test
    void aFullDiskIsExitCodeThree() throws Exception {
        assumeTrue(new File("/dev/full").exists(), "no /dev/full on this system");
        Process p = postlint().redirectOutput(new File("/dev/full")).start();
        assertEquals(3, p.waitFor());
        assertEquals(MESSAGE, Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aClosedPipeIsExitCodeThree() throws Exception {
        Process p = postlint().start();
        p.getInputStream().close(); // the reader goes away before postlint writes
        assertEquals(3, p.waitFor());
        assertEquals(MESSAGE, Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
