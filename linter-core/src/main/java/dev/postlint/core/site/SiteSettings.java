package dev.postlint.core.site;

import dev.postlint.core.io.RecordText;
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
 * file above the posts; an empty {@code generator} means: the one whose config file is there
 * ({@link Generator#UNKNOWN} for "none": no site model at all). The content {@code layout} of a Hugo or Zola
 * site, whether definition-list terms get ids (Hugo's {@code autoDefinitionTermID}) and the URL prefixes whose
 * links or anchors the site's own link checker skips (Zola's {@code [link_checker]}) are never configured:
 * and Jekyll's front-matter {@code defaults} are read from the generator's own configuration, as is
 * {@code linkify}: whether bare web addresses in the text become links (GitHub and Hugo's goldmark by
 * default; not Jekyll's kramdown nor Zola), and {@code pageDescriptionsServed}: whether the site's
 * templates put a page's description into its meta description (false only where a Zola site's
 * templates visibly write another one), and {@code ownTitleTemplates}: the Zola templates that write a page's
 * {@code <title>} without its title field, with {@code pageTemplates}: the templates Zola's sections set for
 * their pages (read only when there is such a template).
 */
public record SiteSettings(Optional<Path> root, List<String> staticDirs, Optional<URI> baseUrl, String permalink,
                           Map<String, String> collections, Optional<SlugStyle> slugs, List<String> extraPaths,
                           Optional<String> language, Optional<Generator> generator, Optional<ContentLayout> layout,
                           boolean definitionTermIds, List<String> skipLinkPrefixes, List<String> skipAnchorPrefixes,
                           List<FrontMatterDefault> frontMatterDefaults, boolean linkify,
                           boolean pageDescriptionsServed, java.util.OptionalInt titleAffix,
                           java.util.Set<String> ownTitleTemplates, Map<String, String> pageTemplates) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    /** Jekyll's default date permalink; {@code .html} and trailing-slash forms are both accepted. */
    public static final String DEFAULT_PERMALINK = "/:categories/:year/:month/:day/:title/";

    public SiteSettings {
        staticDirs = List.copyOf(staticDirs);
        collections = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(collections));
        extraPaths = List.copyOf(extraPaths);
        skipLinkPrefixes = List.copyOf(skipLinkPrefixes);
        skipAnchorPrefixes = List.copyOf(skipAnchorPrefixes);
        frontMatterDefaults = List.copyOf(frontMatterDefaults);
        ownTitleTemplates = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(ownTitleTemplates));
        pageTemplates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(pageTemplates)); // in the cache's site key: one order
    }

    /** Whether the site's own front-matter defaults (Jekyll's {@code defaults:}) give a file this key. */
    public boolean defaultsGive(java.nio.file.Path file, String key) {
        return frontMatterDefaults.stream().anyMatch(d -> d.keys().contains(key) && d.appliesTo(file));
    }

    /**
     * Whether the template a post is rendered with writes the page's {@code <title>} without the post's own
     * title field, and shows that field nowhere else (a Zola section whose template writes "Themes | Zola"):
     * its {@code template} field, else Zola's default: {@code index.html} for the content folder's own
     * {@code _index.md}, {@code section.html} for another section's (or a translation's, {@code _index.fr.md}),
     * for a page the {@code page_template} of the nearest section above it that sets one, else {@code page.html}.
     */
    public boolean templateOwnsTitle(dev.postlint.core.Post post) {
        if (ownTitleTemplates.isEmpty()) {
            return false;
        }
        return ownTitleTemplates.contains(post.frontMatter().text("template").orElseGet(() -> zolaTemplate(post.file())));
    }

    private String zolaTemplate(Path file) {
        Path name = file.getFileName();
        if (name == null || !ZolaPageTemplates.SECTION_FILE.matcher(name.toString()).matches()) {
            return sectionPageTemplate(file).orElse("page.html");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        boolean home = layout.map(l -> l.mounts().stream().anyMatch(m -> m.target().isEmpty() && m.source().equals(folder)))
                .orElse(false);
        return home ? "index.html" : "section.html";
    }

    /** The {@code page_template} of the nearest section above a page, in the page's language, that sets one. */
    private Optional<String> sectionPageTemplate(Path file) {
        if (pageTemplates.isEmpty()) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath().normalize();
        Optional<Path> top = layout.flatMap(l -> l.mounts().stream().map(ContentLayout.Mount::source)
                .filter(absolute::startsWith).findFirst());
        String name = String.valueOf(absolute.getFileName());
        String language = layout.flatMap(l -> l.languages().stream().skip(1)
                .filter(lang -> name.endsWith("." + lang + ".md")).findFirst()).orElse("");
        for (Path dir = absolute.getParent(); dir != null && top.map(dir::startsWith).orElse(true); dir = dir.getParent()) {
            String template = pageTemplates.get(ZolaPageTemplates.key(dir, language));
            if (template != null) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /**
     * The heading-id style of a site built by {@code generator}: as configured, else the generator's own
     * (Zola's, or GitHub's, on which Jekyll's GFM input and Hugo's default agree).
     */
    public SlugStyle slugStyleFor(Generator generator) {
        return slugs.orElse(generator == Generator.ZOLA ? SlugStyle.ZOLA : SlugStyle.GITHUB);
    }

    public static SiteSettings defaults() {
        return new SiteSettings(Optional.empty(), List.of(), Optional.empty(), DEFAULT_PERMALINK, Map.of(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(), List.of(), List.of(), true, true,
                java.util.OptionalInt.of(0), java.util.Set.of(), Map.of());
    }

    /** The root of the site a folder belongs to: the configured one, else the nearest generator's; none with "none". */
    public Optional<Path> rootOf(Path dir) {
        if (generator.filter(g -> g == Generator.UNKNOWN).isPresent()) {
            return Optional.empty();
        }
        Optional<Path> configured = root.map(r -> r.toAbsolutePath().normalize()).filter(dir::startsWith);
        return configured.or(() -> Generator.findRoot(dir));
    }

    /** The generator of a site root: as configured, else the one whose config file is there. */
    public Generator generatorOf(Path siteRoot) {
        return generator.orElseGet(() -> Generator.of(siteRoot));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings and keeps the rest. */
    public static final class Builder {
        private Optional<Path> root;
        private List<String> staticDirs;
        private Optional<URI> baseUrl;
        private String permalink;
        private Map<String, String> collections;
        private Optional<SlugStyle> slugs;
        private List<String> extraPaths;
        private Optional<String> language;
        private Optional<Generator> generator;
        private Optional<ContentLayout> layout;
        private boolean definitionTermIds;
        private List<String> skipLinkPrefixes;
        private List<String> skipAnchorPrefixes;
        private List<FrontMatterDefault> frontMatterDefaults;
        private boolean linkify;
        private boolean pageDescriptionsServed;
        private java.util.OptionalInt titleAffix;
        private java.util.Set<String> ownTitleTemplates;
        private Map<String, String> pageTemplates;

        private Builder(SiteSettings from) {
            this.root = from.root;
            this.staticDirs = from.staticDirs;
            this.baseUrl = from.baseUrl;
            this.permalink = from.permalink;
            this.collections = from.collections;
            this.slugs = from.slugs;
            this.extraPaths = from.extraPaths;
            this.language = from.language;
            this.generator = from.generator;
            this.layout = from.layout;
            this.definitionTermIds = from.definitionTermIds;
            this.skipLinkPrefixes = from.skipLinkPrefixes;
            this.skipAnchorPrefixes = from.skipAnchorPrefixes;
            this.frontMatterDefaults = from.frontMatterDefaults;
            this.linkify = from.linkify;
            this.pageDescriptionsServed = from.pageDescriptionsServed;
            this.titleAffix = from.titleAffix;
            this.ownTitleTemplates = from.ownTitleTemplates;
            this.pageTemplates = from.pageTemplates;
        }

        public Builder root(Optional<Path> root) {
            this.root = root;
            return this;
        }

        public Builder staticDirs(List<String> staticDirs) {
            this.staticDirs = staticDirs;
            return this;
        }

        public Builder baseUrl(Optional<URI> baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder permalink(String permalink) {
            this.permalink = permalink;
            return this;
        }

        public Builder collections(Map<String, String> collections) {
            this.collections = collections;
            return this;
        }

        public Builder slugs(Optional<SlugStyle> slugs) {
            this.slugs = slugs;
            return this;
        }

        public Builder extraPaths(List<String> extraPaths) {
            this.extraPaths = extraPaths;
            return this;
        }

        public Builder language(Optional<String> language) {
            this.language = language;
            return this;
        }

        public Builder generator(Optional<Generator> generator) {
            this.generator = generator;
            return this;
        }

        public Builder layout(Optional<ContentLayout> layout) {
            this.layout = layout;
            return this;
        }

        public Builder definitionTermIds(boolean definitionTermIds) {
            this.definitionTermIds = definitionTermIds;
            return this;
        }

        public Builder skipLinkPrefixes(List<String> skipLinkPrefixes) {
            this.skipLinkPrefixes = skipLinkPrefixes;
            return this;
        }

        public Builder skipAnchorPrefixes(List<String> skipAnchorPrefixes) {
            this.skipAnchorPrefixes = skipAnchorPrefixes;
            return this;
        }

        public Builder frontMatterDefaults(List<FrontMatterDefault> frontMatterDefaults) {
            this.frontMatterDefaults = frontMatterDefaults;
            return this;
        }

        public Builder linkify(boolean linkify) {
            this.linkify = linkify;
            return this;
        }

        /**
         * How many characters the site's templates add around a page's title in its {@code <title>} (" | Zola"),
         * the least any template adds; empty when the templates that write it are not in the site.
         */
        public Builder titleAffix(java.util.OptionalInt titleAffix) {
            this.titleAffix = titleAffix;
            return this;
        }

        /** The names of the site's templates that write a page's {@code <title>} without its title field. */
        public Builder ownTitleTemplates(java.util.Set<String> ownTitleTemplates) {
            this.ownTitleTemplates = ownTitleTemplates;
            return this;
        }

        /** A Zola site's sections' {@code page_template} fields, by {@link ZolaPageTemplates#key}. */
        public Builder pageTemplates(Map<String, String> pageTemplates) {
            this.pageTemplates = pageTemplates;
            return this;
        }

        public Builder pageDescriptionsServed(boolean pageDescriptionsServed) {
            this.pageDescriptionsServed = pageDescriptionsServed;
            return this;
        }

        public SiteSettings build() {
            return new SiteSettings(root, staticDirs, baseUrl, permalink, collections, slugs, extraPaths, language,
                    generator, layout, definitionTermIds, skipLinkPrefixes, skipAnchorPrefixes, frontMatterDefaults, linkify, pageDescriptionsServed,
                    titleAffix, ownTitleTemplates, pageTemplates);
        }
    }
}
