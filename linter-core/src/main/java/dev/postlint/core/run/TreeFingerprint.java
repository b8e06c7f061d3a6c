package dev.postlint.core.run;

import dev.postlint.core.io.FileStamp;
import dev.postlint.core.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A digest of every name, size and time below some folders (or of a file, or of a path that does not
 * exist), without reading a file: equal digests mean nothing there was added, removed, renamed or
 * written. None when the folders hold more entries than allowed, when a file has no full stamp (see
 * {@link FileStamp}) or was written too recently to tell a later write from it, or when a folder cannot
 * be read.
 */
final class TreeFingerprint {
    /** Folders whose changes never matter to a check: version control, and postlint's own caches. */
    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", ".postlint-cache");

    private TreeFingerprint() {
    }

    static Optional<String> of(Collection<Path> folders, Set<Path> skipped, int maxEntries) {
        List<String> entries = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                entries.add("absent " + root);
            } else if (!walk(root, skipped, entries, now, maxEntries)) {
                return Optional.empty();
            }
        }
        entries.sort(null);
        return Optional.of(Sha256.hex(String.join("\n", entries).getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds an entry for every folder and file below {@code root}; false when the tree cannot be fingerprinted. */
    private static boolean walk(Path root, Set<Path> skipped, List<String> entries, long now, int maxEntries) {
        boolean[] ok = {true};
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Path name = dir.getFileName();
                            if (!dir.equals(root) && (skipped.contains(dir)
                                    || name != null && SKIPPED.contains(name.toString()))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return add("d " + dir);
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            Optional<FileStamp> stamp = FileStamp.of(file);
                            if (attrs.isRegularFile() && (stamp.isEmpty() || !stamp.get().quietAt(now))) {
                                ok[0] = false;
                                return FileVisitResult.TERMINATE;
                            }
                            return add("f " + file + " " + stamp.map(FileStamp::encode).orElse("-"));
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            ok[0] = false;
                            return FileVisitResult.TERMINATE;
                        }

                        private FileVisitResult add(String entry) {
                            entries.add(entry);
                            if (entries.size() > maxEntries) {
                                ok[0] = false;
                                return FileVisitResult.TERMINATE;
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return ok[0];
    }
}
