package dev.postlint.core.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which site a folder belongs to and which generator builds it, looked up on disk once per folder and
 * once per root however many files and rules ask.
 */
public final class SiteLocator {
    private final SiteSettings settings;
    private final Map<Path, Optional<Path>> roots = new ConcurrentHashMap<>();
    private final Map<Path, Generator> generators = new ConcurrentHashMap<>();

    public SiteLocator(SiteSettings settings) {
        this.settings = settings;
    }

    /** The root of the site a folder belongs to, if any. */
    public Optional<Path> rootOf(Path dir) {
        return roots.computeIfAbsent(dir.toAbsolutePath().normalize(), settings::rootOf);
    }

    /** The generator of a site root. */
    public Generator generatorOf(Path root) {
        return generators.computeIfAbsent(root, settings::generatorOf);
    }

    /** The generator of the site a file belongs to; {@link Generator#UNKNOWN} outside any site. */
    public Generator generatorOfFile(Path file) {
        return rootOf(file.toAbsolutePath().normalize().getParent()).map(this::generatorOf).orElse(Generator.UNKNOWN);
    }
}
