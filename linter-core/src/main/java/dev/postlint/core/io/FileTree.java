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
    private FileTree() {
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
                    return dir.equals(root) || enter.test(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
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
