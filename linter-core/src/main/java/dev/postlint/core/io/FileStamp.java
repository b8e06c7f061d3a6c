package dev.postlint.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

/**
 * What the file system says of a file without reading it, as git's index keeps it: size, the times of
 * the last change of its content (modified) and of the file at all (changed, which no tool can set back),
 * and its inode. Two equal stamps mean the same content only if the file had been quiet for a while
 * when the first was taken: two writes within one tick of the file system's clock leave the same times.
 */
public record FileStamp(long size, long modified, long changed, long inode) {
    /** How long a file must have been left alone before its stamp may stand for its content. */
    static final long QUIET_MILLIS = 2_000;

    /** The stamp of a file, where the file system gives all four values (Linux, macOS and other Unix). */
    public static Optional<FileStamp> of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
            return Optional.of(new FileStamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")),
                    nanos(a.get("ctime")), (Long) a.get("ino")));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The stamp of a file that nothing has written to for {@link #QUIET_MILLIS}; none for a file just written. */
    public static Optional<FileStamp> ofQuiet(Path file) {
        long now = System.currentTimeMillis();
        return of(file).filter(s -> s.quietAt(now));
    }

    /** Whether nothing had written to the file for {@link #QUIET_MILLIS} at {@code nowMillis}. */
    public boolean quietAt(long nowMillis) {
        long latest = Math.max(modified, changed) / 1_000_000;
        return latest < nowMillis - QUIET_MILLIS;
    }

    private static long nanos(Object time) {
        FileTime t = (FileTime) time;
        return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The stamp as one line of text, as the result cache compares it. */
    public String encode() {
        return size + ":" + modified + ":" + changed + ":" + inode;
    }
}
