package dev.postlint.core.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The static-site generator a folder belongs to, recognised by its config file. */
public enum Generator {
    JEKYLL, HUGO, ZOLA, UNKNOWN;

    /** The nearest folder at or above {@code start} holding a generator's config file. */
    public static Optional<Path> findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (of(dir) != UNKNOWN) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    public static Generator of(Path dir) {
        if (Files.isRegularFile(dir.resolve("_config.yml")) || Files.isRegularFile(dir.resolve("_config.yaml"))) {
            return JEKYLL;
        }
        if (Files.isRegularFile(dir.resolve("hugo.toml")) || Files.isRegularFile(dir.resolve("hugo.yaml"))
                || Files.isRegularFile(dir.resolve("hugo.json"))) {
            return HUGO;
        }
        if (Files.isRegularFile(dir.resolve("config.toml"))) {
            return Files.isDirectory(dir.resolve("content")) && Files.isDirectory(dir.resolve("templates")) ? ZOLA : HUGO;
        }
        return UNKNOWN;
    }
}
