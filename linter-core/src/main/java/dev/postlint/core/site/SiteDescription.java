package dev.postlint.core.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What postlint understood of a site, for {@code postlint site}: the generator and root it found, the
 * public address and where it came from, how URLs and heading ids are made, and how many pages and URLs
 * the site serves, so a user can see why a link resolves or not.
 */
public record SiteDescription(Optional<Path> root, Generator generator, Optional<URI> baseUrl, String baseUrlSource,
                              String permalink, SlugStyle slugs, List<String> staticDirs, long pages, int urls) {

    /** Describes the site that {@code start} (a folder or a file) belongs to. */
    public static SiteDescription of(Path start, SiteSettings settings) {
        Path dir = start.toAbsolutePath().normalize();
        Optional<Path> root = settings.root().map(r -> r.toAbsolutePath().normalize()).filter(r -> settings.generator()
                .filter(g -> g == Generator.UNKNOWN).isEmpty()).or(() -> settings.rootOf(dir));
        if (root.isEmpty()) {
            return new SiteDescription(root, Generator.UNKNOWN, settings.baseUrl(), settings.baseUrl().isPresent()
                    ? "site.baseUrl in .postlint.yml" : "none", settings.permalink(), settings.slugStyleFor(
                    Generator.UNKNOWN), settings.staticDirs(), 0, 0);
        }
        Generator generator = settings.generatorOf(root.get());
        SiteSettings complete = GeneratorConfig.complete(settings, root.get());
        Optional<URI> baseUrl = complete.baseUrl();
        String source = settings.baseUrl().isPresent() ? "site.baseUrl in .postlint.yml"
                : baseUrl.isPresent() ? "the generator's configuration" : "none";
        SiteIndex index = new SiteIndex(root.get(), complete);
        return new SiteDescription(root, generator, baseUrl, source, complete.permalink(),
                settings.slugStyleFor(generator), index.staticDirs(), index.pageCount(), index.urlCount());
    }

    /** One "name: value" line each, for people. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("generator:    " + (generator == Generator.UNKNOWN ? "none found" : generator.name().toLowerCase(
                java.util.Locale.ROOT)));
        lines.add("root:         " + root.map(Path::toString).orElse("none (site-root links are not judged)"));
        lines.add("base URL:     " + baseUrl.map(u -> u + " (from " + baseUrlSource + ")").orElse("none"));
        lines.add("post URLs:    " + switch (generator) {
            case ZOLA -> "each page at its path below content/, or its front-matter path";
            case HUGO -> permalink + " in the posts, post and blog sections; other pages at their path";
            default -> permalink;
        });
        lines.add("heading ids:  " + slugs.name().toLowerCase(java.util.Locale.ROOT));
        lines.add("static dirs:  " + (staticDirs.isEmpty() ? "none" : String.join(", ", staticDirs)));
        lines.add("pages:        " + pages);
        lines.add("URLs:         " + urls);
        return lines;
    }
}
