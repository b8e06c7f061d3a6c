package dev.postlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the workplace's {@code shared/} folder (seed post, corpus), which sits beside the checkout. */
final class SharedFiles {
    private SharedFiles() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seed"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/ (with seed/ and corpus/) not found beside the checkout");
    }
}
