package dev.postlint.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Walks a folder tree: into the folders {@code enter} accepts, handing every regular file on; unreadable entries are skipped. */
public final class FileTree {
    private static final String UNFIT_NAME = "its name is not valid in the system's character set ("
            + System.getProperty("sun.jnu.encoding") + "); run postlint with a UTF-8 locale, such as LANG=C.UTF-8";

    private FileTree() {
    }

    /**
     * Whether a name read from the disk can be written as text and back: bytes the system's character set
     * cannot decode (any name beyond ASCII under the C locale) come back as U+FFFD, and such a path cannot
     * be named again, nor matched against a pattern.
     */
    private static boolean nameFits(Path path) {
        Path name = path.getFileName();
        if (name == null || name.toString().indexOf('\uFFFD') < 0) {
            return true;
        }
        try {
            path.getFileSystem().getPath(name.toString());
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    public static void walk(Path root, Predicate<Path> enter, Consumer<Path> onFile) {
        walk(root, enter, onFile, (path, why) -> { });
    }

    /**
     * Walks as above and tells {@code onSkipped} of each symbolic link (links are not followed inside
     * folders: they may point out of the tree or loop) and each folder or file that cannot be read.
     */
    public static void walk(Path root, Predicate<Path> enter, Consumer<Path> onFile,
                            BiConsumer<Path, String> onSkipped) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!nameFits(dir)) {
                        onSkipped.accept(dir, UNFIT_NAME);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return enter.test(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!nameFits(file)) {
                        onSkipped.accept(file, UNFIT_NAME);
                    } else if (attrs.isRegularFile()) {
                        onFile.accept(file);
                    } else if (attrs.isSymbolicLink()) {
                        onSkipped.accept(file, "a symbolic link, which postlint does not follow inside folders");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    onSkipped.accept(file, "it cannot be read" + (exc instanceof java.nio.file.AccessDeniedException
                            ? " (permission denied)" : ""));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
