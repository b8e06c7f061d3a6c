package dev.postlint.core.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What postlint reads from a generator's own configuration so users need not repeat it: the site's
 * public address (Jekyll's {@code url} and {@code baseurl}, Hugo's {@code baseURL}, Zola's
 * {@code base_url}), Jekyll's permalink, collections and excludes, and the content layout of Hugo and Zola
 * sites: mounts, languages, permalinks, how paths and heading ids are written. A file that cannot be
 * read gives nothing; what the postlint config sets wins.
 */
public final class GeneratorConfig {
    private GeneratorConfig() {
    }

    public static SiteSettings complete(SiteSettings settings, Path root) {
        try {
            return read(settings, root);
        } catch (RuntimeException e) {
            // A config with values of unexpected types or paths the system cannot name: work without it.
            return settings;
        }
    }

    private static SiteSettings read(SiteSettings settings, Path root) {
        return switch (settings.generatorOf(root)) {
            case JEKYLL -> jekyll(settings, root, jekyllConfig(root));
            case HUGO -> hugo(settings, root, HugoConfig.read(root));
            case ZOLA -> zola(settings, root, ConfigFiles.read(root.resolve("config.toml")).orElse(Map.of()));
            case UNKNOWN -> settings;
        };
    }

    private static SiteSettings jekyll(SiteSettings settings, Path root, Map<String, Object> config) {
        SiteSettings.Builder completed = settings.toBuilder().linkify(false);
        completed.frontMatterDefaults(jekyllDefaults(root, config));
        if (settings.baseUrl().isEmpty()) {
            completed.baseUrl(ConfigFiles.text(config, "url").flatMap(url -> uri(url.replaceAll("/+$", "")
                    + ConfigFiles.text(config, "baseurl").map(b -> "/" + b.replaceAll("^/+|/+$", ""))
                    .filter(b -> b.length() > 1).orElse(""))));
        }
        if (settings.permalink().equals(SiteSettings.DEFAULT_PERMALINK)) {
            ConfigFiles.text(config, "permalink").ifPresent(completed::permalink);
        }
        if (settings.collections().isEmpty()) {
            completed.collections(jekyllCollections(ConfigFiles.map(config, "collections")));
        }
        return completed.build();
    }

    /** Jekyll's {@code defaults:} entries: a scope (path, type) and the keys it sets. */
    private static List<FrontMatterDefault> jekyllDefaults(Path root, Map<String, Object> config) {
        List<FrontMatterDefault> defaults = new ArrayList<>();
        for (Object entry : ConfigFiles.list(config, "defaults")) {
            if (entry instanceof Map<?, ?> map && map.get("values") instanceof Map<?, ?> values) {
                Map<?, ?> scope = map.get("scope") instanceof Map<?, ?> s ? s : Map.of();
                String path = scope.get("path") instanceof String p ? p : "";
                String type = scope.get("type") instanceof String t ? t : "";
                defaults.add(new FrontMatterDefault(root, path, type,
                        values.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet())));
            }
        }
        return defaults;
    }

    /** Collections that Jekyll renders ({@code output: true}), with their permalink pattern or Jekyll's default. */
    private static Map<String, String> jekyllCollections(Map<String, Object> collections) {
        Map<String, String> rendered = new HashMap<>();
        collections.forEach((name, value) -> {
            if (value instanceof Map<?, ?> settings && Boolean.TRUE.equals(settings.get("output"))) {
                rendered.put(name, settings.get("permalink") instanceof String p ? p.strip() : "/:collection/:path:output_ext");
            }
        });
        return rendered;
    }

    static Map<String, Object> jekyllConfig(Path root) {
        return ConfigFiles.read(root.resolve("_config.yml")).or(() -> ConfigFiles.read(root.resolve("_config.yaml")))
                .orElse(Map.of());
    }

    /** Jekyll's {@code exclude:} entries, paths or globs relative to the site's root, which Jekyll never renders. */
    public static List<String> jekyllExcludes(Path root) {
        return texts(ConfigFiles.list(jekyllConfig(root), "exclude"));
    }

    /** Jekyll's {@code include:} entries: files and folders starting with '_' or '.' that Jekyll renders all the same. */
    public static List<String> jekyllIncludes(Path root) {
        return texts(ConfigFiles.list(jekyllConfig(root), "include"));
    }

    private static SiteSettings hugo(SiteSettings settings, Path root, Map<String, Object> config) {
        SiteSettings.Builder completed = settings.toBuilder();
        if (settings.baseUrl().isEmpty()) {
            completed.baseUrl(ConfigFiles.text(config, "baseurl").flatMap(GeneratorConfig::uri));
        }
        if (settings.slugs().isEmpty()) {
            String type = ConfigFiles.text(config, "markup.goldmark.parser.autoheadingidtype").orElse("github");
            completed.slugs(Optional.of(switch (type.toLowerCase(Locale.ROOT)) {
                case "github-ascii" -> SlugStyle.GITHUB_ASCII;
                case "blackfriday" -> SlugStyle.BLACKFRIDAY;
                default -> SlugStyle.GOLDMARK;
            }));
        }
        completed.definitionTermIds(ConfigFiles.bool(config, "markup.goldmark.parser.autodefinitiontermid")
                .orElse(false));
        completed.linkify(ConfigFiles.bool(config, "markup.goldmark.extensions.linkify").orElse(true));
        List<String> languages = hugoLanguages(config);
        String contentDir = ConfigFiles.text(config, "contentdir").orElse("content");
        List<ContentLayout.Mount> content = new ArrayList<>();
        List<ContentLayout.Mount> served = new ArrayList<>();
        for (Object entry : ConfigFiles.list(config, "module.mounts")) {
            if (entry instanceof Map<?, ?> mount && mount.get("source") instanceof String source
                    && mount.get("target") instanceof String target) {
                String to = target.strip().replaceAll("^/+|/+$", "");
                List<String> mountLanguages = mountLanguages(mount);
                if (to.equals("content") || to.startsWith("content/")) {
                    content.add(new ContentLayout.Mount(root.resolve(source.strip()), to.substring("content".length()),
                            mountLanguages));
                } else if (to.equals("static") || to.startsWith("static/")) {
                    served.add(new ContentLayout.Mount(root.resolve(source.strip()), to.substring("static".length()),
                            List.of()));
                }
            }
        }
        if (content.isEmpty()) {
            ConfigFiles.map(config, "languages").forEach((code, value) -> {
                if (value instanceof Map<?, ?> language && language.get("contentdir") instanceof String dir) {
                    content.add(new ContentLayout.Mount(root.resolve(dir.strip()), "", List.of(code)));
                }
            });
            content.add(new ContentLayout.Mount(root.resolve(contentDir), "", List.of()));
        }
        if (served.isEmpty()) {
            served.add(new ContentLayout.Mount(root.resolve(ConfigFiles.text(config, "staticdir").orElse("static")), "",
                    List.of()));
        }
        boolean keepCase = ConfigFiles.bool(config, "disablepathtolower").orElse(false);
        Map<String, Object> permalinks = ConfigFiles.map(config, "permalinks");
        boolean byKind = permalinks.values().stream().anyMatch(Map.class::isInstance);
        completed.layout(Optional.of(new ContentLayout(content, served, languages,
                ConfigFiles.bool(config, "defaultcontentlanguageinsubdir").orElse(false),
                keepCase ? PathStyle.HUGO_KEEP_CASE : PathStyle.HUGO,
                byKind ? textValues(ConfigFiles.map(permalinks, "page")) : textValues(permalinks),
                byKind ? textValues(ConfigFiles.map(permalinks, "section")) : Map.of(), List.of(),
                hugoTaxonomies(config), hugoGenerated(config))));
        completed.titleAffix(TemplateTitles.hugo(root));
        return completed.build();
    }

    /** Hugo's taxonomies: tags and categories unless the config names its own or turns them off. */
    private static List<String> hugoTaxonomies(Map<String, Object> config) {
        List<String> disabled = texts(ConfigFiles.list(config, "disablekinds")).stream()
                .map(k -> k.toLowerCase(Locale.ROOT)).toList();
        if (disabled.contains("taxonomy") || disabled.contains("term")) {
            return List.of();
        }
        Optional<Object> configured = ConfigFiles.at(config, "taxonomies");
        if (configured.isEmpty()) {
            return List.of("tags", "categories");
        }
        return configured.get() instanceof Map<?, ?> map ? texts(List.copyOf(map.values())) : List.of();
    }

    /**
     * What Hugo writes from its templates besides pages: the sitemap, robots.txt, feeds and other output
     * formats of every page, and the home page's own output formats (a custom one at {@code /<name>.*}).
     */
    private static List<String> hugoGenerated(Map<String, Object> config) {
        List<String> generated = new ArrayList<>(List.of("/sitemap.xml", "/404.html", "/robots.txt", "/index.xml",
                "/**/index.xml", "/index.json", "/**/index.json", "/index.md", "/**/index.md",
                "/manifest.webmanifest"));
        for (Object format : ConfigFiles.list(config, "outputs.home")) {
            if (format instanceof String name && !name.isBlank()) {
                String lower = name.strip().toLowerCase(Locale.ROOT);
                String base = ConfigFiles.text(config, "outputformats." + lower + ".basename").orElse(lower);
                generated.add("/" + base + ".*");
            }
        }
        return generated;
    }

    /** The site's languages, the default one ({@code defaultContentLanguage}, else "en") first. */
    private static List<String> hugoLanguages(Map<String, Object> config) {
        String first = ConfigFiles.text(config, "defaultcontentlanguage").orElse("en").toLowerCase(Locale.ROOT);
        List<String> languages = new ArrayList<>(List.of(first));
        ConfigFiles.map(config, "languages").keySet().stream().map(k -> k.toLowerCase(Locale.ROOT))
                .filter(k -> !languages.contains(k)).forEach(languages::add);
        return languages;
    }

    /** A mount's languages: {@code lang: fr}, or Hugo's newer {@code sites: {matrix: {languages: [en, fr]}}}. */
    private static List<String> mountLanguages(Map<?, ?> mount) {
        if (mount.get("lang") instanceof String lang && !lang.isBlank()) {
            return List.of(lang.strip().toLowerCase(Locale.ROOT));
        }
        if (mount.get("sites") instanceof Map<?, ?> sites && sites.get("matrix") instanceof Map<?, ?> matrix
                && matrix.get("languages") instanceof List<?> list) {
            return texts(list).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        }
        return List.of();
    }

    private static SiteSettings zola(SiteSettings settings, Path root, Map<String, Object> config) {
        SiteSettings.Builder completed = settings.toBuilder().linkify(false);
        if (settings.baseUrl().isEmpty()) {
            completed.baseUrl(ConfigFiles.text(config, "base_url").flatMap(GeneratorConfig::uri));
        }
        String anchors = ConfigFiles.text(config, "slugify.anchors").orElse("on");
        String paths = ConfigFiles.text(config, "slugify.paths").orElse("on");
        if (settings.slugs().isEmpty()) {
            completed.slugs(Optional.of(switch (anchors) {
                case "safe" -> SlugStyle.ZOLA_SAFE;
                case "off" -> SlugStyle.AS_WRITTEN;
                default -> SlugStyle.ZOLA;
            }));
        }
        List<String> languages = new ArrayList<>(List.of(ConfigFiles.text(config, "default_language").orElse("en")));
        ConfigFiles.map(config, "languages").keySet().stream().filter(k -> !languages.contains(k))
                .forEach(languages::add);
        completed.layout(Optional.of(new ContentLayout(
                List.of(new ContentLayout.Mount(root.resolve("content"), "", List.of())),
                List.of(new ContentLayout.Mount(root.resolve("static"), "", List.of())), languages, false,
                switch (paths) {
                    case "safe" -> PathStyle.ZOLA_SAFE;
                    case "off" -> PathStyle.AS_WRITTEN;
                    default -> PathStyle.ZOLA_ON;
                }, Map.of(), Map.of(), texts(ConfigFiles.list(config, "ignored_content")), zolaTaxonomies(config),
                List.of("/sitemap.xml", "/robots.txt", "/404.html", "/atom.xml", "/rss.xml", "/**/atom.xml",
                        "/**/rss.xml", "/search_index.*.js", "/search_index.*.json", "/elasticlunr.min.js"))));
        Map<String, String> templates = TemplateTitles.zolaTemplates(root, ConfigFiles.text(config, "theme").orElse(""));
        completed.pageDescriptionsServed(TemplateDescriptions.servePageDescriptions(templates.values()));
        completed.titleAffix(TemplateTitles.zola(templates.values(), ConfigFiles.text(config, "title").orElse("")));
        Set<String> ownTitles = TemplateTitles.zolaOwnTitles(templates);
        completed.ownTitleTemplates(ownTitles);
        if (!ownTitles.isEmpty()) {
            completed.pageTemplates(ZolaPageTemplates.read(root.resolve("content")));
        }
        completed.skipLinkPrefixes(texts(ConfigFiles.list(config, "link_checker.skip_prefixes")));
        completed.skipAnchorPrefixes(texts(ConfigFiles.list(config, "link_checker.skip_anchor_prefixes")));
        return completed.build();
    }

    private static List<String> zolaTaxonomies(Map<String, Object> config) {
        List<String> names = new ArrayList<>();
        for (Object entry : ConfigFiles.list(config, "taxonomies")) {
            if (entry instanceof Map<?, ?> taxonomy && taxonomy.get("name") instanceof String name && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static Map<String, String> textValues(Map<String, Object> map) {
        Map<String, String> texts = new HashMap<>();
        map.forEach((k, v) -> {
            if (v instanceof String s && !s.isBlank()) {
                texts.put(k, s.strip());
            }
        });
        return texts;
    }

    private static List<String> texts(List<?> list) {
        return list.stream().filter(String.class::isInstance).map(String.class::cast).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<URI> uri(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
