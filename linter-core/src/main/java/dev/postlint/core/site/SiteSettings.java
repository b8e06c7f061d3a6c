package dev.postlint.core.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code site} section: where the site's source is, which folders are served at {@code /}, the
 * public address, how post URLs are built, how headings become anchors, and URL paths (globs) the
 * site serves without a source file here, such as plugin output, and the language posts are written in
 * when their front matter does not say. An empty {@code root} means: look for a generator's config
 * file above the posts.
 */
public record SiteSettings(Optional<Path> root, List<String> staticDirs, Optional<URI> baseUrl, String permalink,
                           Map<String, String> collections, Optional<SlugStyle> slugs, List<String> extraPaths,
                           Optional<String> language) {
    /** Jekyll's default date permalink; {@code .html} and trailing-slash forms are both accepted. */
    public static final String DEFAULT_PERMALINK = "/:categories/:year/:month/:day/:title/";

    public SiteSettings {
        staticDirs = List.copyOf(staticDirs);
        collections = Map.copyOf(collections);
        extraPaths = List.copyOf(extraPaths);
    }

    public SiteSettings(Optional<Path> root, List<String> staticDirs, Optional<URI> baseUrl, String permalink,
                        Map<String, String> collections, Optional<SlugStyle> slugs) {
        this(root, staticDirs, baseUrl, permalink, collections, slugs, List.of(), Optional.empty());
    }

    public static SiteSettings defaults() {
        return new SiteSettings(Optional.empty(), List.of(), Optional.empty(), DEFAULT_PERMALINK, Map.of(),
                Optional.empty());
    }
}
