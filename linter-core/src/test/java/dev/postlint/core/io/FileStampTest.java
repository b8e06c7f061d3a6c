package dev.postlint.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
    @TempDir
    Path dir;

    @Test
    void aFileJustWrittenHasNoQuietStampAndAnyWriteChangesTheStamp() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "one");
        FileStamp before = FileStamp.of(file).orElseThrow();
        assertEquals(3, before.size());
        assertEquals(Optional.empty(), FileStamp.ofQuiet(file), "written a moment ago");
        assertFalse(before.quietAt(System.currentTimeMillis()));
        assertTrue(before.quietAt(System.currentTimeMillis() + FileStamp.QUIET_MILLIS + 1_000));

        Thread.sleep(20);
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, modified);
        FileStamp after = FileStamp.of(file).orElseThrow();
        assertEquals(before.modified(), after.modified(), "the modification time was set back");
        assertNotEquals(before, after, "the change time cannot be set back");
    }

    @Test
    void aMissingFileHasNoStamp() {
        assertEquals(Optional.empty(), FileStamp.of(dir.resolve("none.md")));
    }
}
