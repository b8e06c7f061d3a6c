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
    private final Map<Path, SiteSettings> completed = new ConcurrentHashMap<>();

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

    /** The settings of a site root: the config's, completed from its generator's own configuration once. */
    public SiteSettings settingsOf(Path root) {
        return completed.computeIfAbsent(root.toAbsolutePath().normalize(), r -> GeneratorConfig.complete(settings, r));
    }

    /** The settings of the site a file belongs to, or the config's own outside any site. */
    public SiteSettings settingsOfFile(Path file) {
        return rootOf(file.toAbsolutePath().normalize().getParent()).map(this::settingsOf).orElse(settings);
    }

    /** How the site a file belongs to makes heading ids. */
    public SlugStyle slugStyleOfFile(Path file) {
        return settingsOfFile(file).slugStyleFor(generatorOfFile(file));
    }

    /**
     * Whether the generator renders a file as a page of its own: not a headless or never-rendered page
     * (by its front matter), nor a Markdown file inside a Hugo leaf bundle other than its index.
     */
    public boolean isPage(Path file, UrlFields fields) {
        if (!fields.rendered()) {
            return false;
        }
        Path absolute = file.toAbsolutePath().normalize();
        return settingsOfFile(absolute).layout().filter(l -> generatorOfFile(absolute) == Generator.HUGO)
                .map(layout -> !layout.isBundleResource(absolute)).orElse(true);
    }

    /** The generator of the site a file belongs to; {@link Generator#UNKNOWN} outside any site. */
    public Generator generatorOfFile(Path file) {
        return rootOf(file.toAbsolutePath().normalize().getParent()).map(this::generatorOf).orElse(Generator.UNKNOWN);
    }
}
