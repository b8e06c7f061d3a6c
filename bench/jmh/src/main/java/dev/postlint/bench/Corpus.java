package dev.postlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The posts the benchmarks read: the first posts of the corpus's Node.js blog, in a fixed order. */
final class Corpus {
    static final int POSTS = 200;

    private Corpus() {
    }

    record Source(Path file, byte[] bytes) {
    }

    static List<Source> posts() {
        Path blog = Path.of(System.getProperty("postlint.corpus", "../shared/corpus")).resolve("nodejs-blog");
        if (!Files.isDirectory(blog)) {
            throw new IllegalStateException(blog.toAbsolutePath() + " is missing: run from the checkout with "
                    + "../shared/ beside it, or pass -Dpostlint.corpus=DIR");
        }
        try (Stream<Path> files = Files.walk(blog)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().limit(POSTS).map(Corpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source read(Path file) {
        try {
            return new Source(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
