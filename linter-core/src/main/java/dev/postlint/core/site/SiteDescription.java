package dev.postlint.core.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What postlint understood of a site, for {@code postlint site}: the generator and root it found, the
 * public address and where it came from, where the content comes from and in which languages, how URLs
 * and heading ids are made, and how many pages and URLs the site serves, so a user can see why a link
 * resolves or not.
 */
public record SiteDescription(Optional<Path> root, Generator generator, Optional<URI> baseUrl, String baseUrlSource,
                              List<String> contentDirs, List<String> languages, List<String> urlRules,
                              SlugStyle slugs, List<String> staticDirs, long pages, int urls) {

    /** Describes the site that {@code start} (a folder or a file) belongs to. */
    public static SiteDescription of(Path start, SiteSettings settings) {
        Path dir = start.toAbsolutePath().normalize();
        Optional<Path> root = settings.root().map(r -> r.toAbsolutePath().normalize()).filter(r -> settings.generator()
                .filter(g -> g == Generator.UNKNOWN).isEmpty()).or(() -> settings.rootOf(dir));
        if (root.isEmpty()) {
            return new SiteDescription(root, Generator.UNKNOWN, settings.baseUrl(), settings.baseUrl().isPresent()
                    ? "site.baseUrl in .postlint.yml" : "none", List.of(), List.of(), List.of(settings.permalink()),
                    settings.slugStyleFor(Generator.UNKNOWN), settings.staticDirs(), 0, 0);
        }
        Generator generator = settings.generatorOf(root.get());
        SiteSettings complete = GeneratorConfig.complete(settings, root.get());
        Optional<URI> baseUrl = complete.baseUrl();
        String source = settings.baseUrl().isPresent() ? "site.baseUrl in .postlint.yml"
                : baseUrl.isPresent() ? "the generator's configuration" : "none";
        SiteIndex index = new SiteIndex(root.get(), complete);
        List<String> contentDirs = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        complete.layout().ifPresent(layout -> {
            for (ContentLayout.Mount mount : layout.mounts()) {
                contentDirs.add(shown(root.get(), mount.source()) + " -> content/" + mount.target()
                        + (mount.languages().isEmpty() ? "" : " " + mount.languages()));
            }
            for (String language : layout.languages()) {
                languages.add(language + " at " + layout.languagePrefix(language) + "/");
            }
        });
        return new SiteDescription(root, generator, baseUrl, source, contentDirs, languages,
                urlRules(generator, complete), complete.slugStyleFor(generator), index.staticDirs(), index.pageCount(),
                index.urlCount());
    }

    private static String shown(Path root, Path source) {
        String rel = root.relativize(source).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    private static List<String> urlRules(Generator generator, SiteSettings settings) {
        List<String> rules = new ArrayList<>();
        switch (generator) {
            case HUGO, ZOLA -> {
                ContentLayout layout = settings.layout().orElseThrow();
                rules.add("each page at its path in the content tree, " + layout.paths().description()
                        + (generator == Generator.ZOLA ? ", or its front-matter path or slug"
                        : ", or its front-matter url or slug"));
                layout.pagePermalinks().forEach((section, pattern) -> rules.add("pages of " + section + ": " + pattern));
                layout.sectionPermalinks().forEach((section, pattern) -> rules.add("section " + section + ": " + pattern));
            }
            default -> {
                rules.add("posts: " + settings.permalink());
                for (Map.Entry<String, String> c : settings.collections().entrySet()) {
                    rules.add("collection " + c.getKey() + ": " + c.getValue());
                }
            }
        }
        return rules;
    }

    /** One "name: value" line each, for people. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("generator:    " + (generator == Generator.UNKNOWN ? "none found" : generator.name().toLowerCase(
                Locale.ROOT)));
        lines.add("root:         " + root.map(Path::toString).orElse("none (site-root links are not judged)"));
        lines.add("base URL:     " + baseUrl.map(u -> u + " (from " + baseUrlSource + ")").orElse("none"));
        contentDirs.forEach(d -> lines.add("content:      " + d));
        if (!languages.isEmpty()) {
            lines.add("languages:    " + String.join(", ", languages));
        }
        urlRules.forEach(r -> lines.add("URLs:         " + r));
        lines.add("heading ids:  " + slugs.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        lines.add("static dirs:  " + (staticDirs.isEmpty() ? "none" : String.join(", ", staticDirs)));
        lines.add("pages:        " + pages);
        lines.add("URLs served:  " + urls);
        return lines;
    }
}
