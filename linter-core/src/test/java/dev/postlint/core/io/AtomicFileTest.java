package dev.postlint.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files of killed runs are removed by the next write in their folder; a fresh one is left alone. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void theNextWriteRemovesWhatAKilledRunLeftAndNothingElse() throws Exception {
        Path stale = Files.writeString(dir.resolve(".postlint-123.tmp"), "half a report");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.writeString(dir.resolve(".postlint-456.tmp"), "another run, still writing");
        Path other = Files.writeString(dir.resolve("notes.tmp"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        AtomicFile.write(dir.resolve("report.json"), "{}");

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
        assertEquals("{}", Files.readString(dir.resolve("report.json")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".postlint-456.tmp", "notes.tmp", "report.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file of this write");
        }
    }
}
