package dev.postlint.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the workplace's {@code shared/} folder (seed post, corpus, schemas), which sits beside the
 * checkout. A test that needs it is skipped, with a message saying so, on a clone without it.
 */
final class SharedFiles {
    static final String MISSING = "skipped: ../shared/ (seed post, corpus, schemas) is not beside the checkout";

    private SharedFiles() {
    }

    static Path root() {
        Optional<Path> found = find();
        assumeTrue(found.isPresent(), MISSING);
        return found.get();
    }

    static Optional<Path> find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seed"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
