package dev.postlint.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file's content in one step: the text is written to a temporary file beside it and moved
 * over the target, so a crash or a full disk never leaves a half-written file.
 */
public final class AtomicFile {
    /** Older than this, a temporary file of ours was left by a run that was killed: it is removed. */
    private static final java.time.Duration STALE = java.time.Duration.ofMinutes(5);
    private static final Set<Path> IN_PROGRESS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        // An interrupted run (Ctrl-C, a CI timeout) removes what it was writing.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Nothing more can be done while exiting; the next write in the folder removes it.
            }
        }), "postlint-temp-cleanup"));
    }

    private AtomicFile() {
    }

    /** Removes temporary files an earlier, killed run left in the folder. */
    private static void removeStale(Path dir) {
        long cutoff = System.currentTimeMillis() - STALE.toMillis();
        try (java.nio.file.DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".postlint-*.tmp")) {
            for (Path temp : temps) {
                if (!IN_PROGRESS.contains(temp) && Files.isRegularFile(temp, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(temp).toMillis() < cutoff) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers cost space, not correctness.
        }
    }

    /** A new file gets the usual rw-r--r--; a replaced file keeps its permissions. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** What a file is written with, as a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes the file as {@code content} streams it: a file too large to hold in memory twice. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStale(dir);
        Path temp = Files.createTempFile(dir, ".postlint-", ".tmp");
        IN_PROGRESS.add(temp);
        try {
            try (java.io.OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
            IN_PROGRESS.remove(temp);
        }
    }
}
