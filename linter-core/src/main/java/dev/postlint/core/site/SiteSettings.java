package dev.postlint.core.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code site} section: where the site's source is, which folders are served at {@code /}, the
 * public address, how post URLs are built, and how headings become anchors. An empty {@code root}
 * means: look for a generator's config file above the posts.
 */
public record SiteSettings(Optional<Path> root, List<String> staticDirs, Optional<URI> baseUrl, String permalink,
                           Map<String, String> collections, Optional<SlugStyle> slugs) {
    /** Jekyll's default date permalink; {@code .html} and trailing-slash forms are both accepted. */
    public static final String DEFAULT_PERMALINK = "/:categories/:year/:month/:day/:title/";

    public SiteSettings {
        staticDirs = List.copyOf(staticDirs);
        collections = Map.copyOf(collections);
    }

    public static SiteSettings defaults() {
        return new SiteSettings(Optional.empty(), List.of(), Optional.empty(), DEFAULT_PERMALINK, Map.of(),
                Optional.empty());
    }
}
