package dev.postlint.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads files that strangers may have put in the tree: only regular files (a link to {@code /dev/zero},
 * a FIFO or a folder is refused before it is opened), and never more than a limit, checked on the size
 * first (a sparse file of gigabytes is refused unread) and again while reading (a file that grows).
 */
public final class BoundedFiles {
    /** The limit for files postlint reads beside the checked posts: link targets, templates, configs. */
    public static final long DEFAULT_LIMIT = 10L * 1024 * 1024;

    /** The file is no regular file, so it is not read. */
    public static final class NotARegularFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotARegularFile(Path file) {
            super(file + " is not a regular file");
        }
    }

    /** The file is larger than the limit, so it is not read. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;
        private final long limit;

        TooLarge(Path file, long size, long limit) {
            super(file + " is larger than " + limit + " bytes");
            this.size = size;
            this.limit = limit;
        }

        public long size() {
            return size;
        }

        public long limit() {
            return limit;
        }
    }

    private BoundedFiles() {
    }

    public static byte[] read(Path file, long limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotARegularFile(file);
        }
        if (attributes.size() > limit) {
            throw new TooLarge(file, attributes.size(), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLarge(file, bytes.length, limit);
            }
            return bytes;
        }
    }

    public static byte[] read(Path file) throws IOException {
        return read(file, DEFAULT_LIMIT);
    }

    public static String readString(Path file) throws IOException {
        return new String(read(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
