package dev.postlint.core.site;

import dev.postlint.core.frontmatter.FrontMatterReader;
import dev.postlint.core.io.FileTree;
import dev.postlint.core.source.MarkdownFiles;
import dev.postlint.core.source.DecodedFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every URL path the site will serve, and the source file behind it: posts at their permalinks,
 * pages and collection documents, files copied as they are, and the contents of static folders at
 * {@code /}. Built from the site's source folder; Markdown files are read for their front matter only.
 */
public final class SiteIndex {
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "vendor", "_site", "target", "public",
            "resources", "layouts", "themes", "archetypes", "templates", "i18n", "data");

    /** What a URL leads to: the source file, and whether it is a Markdown page. */
    public record Target(Path source, boolean markdown, String url) {
    }

    /** A lookup result: the target, and whether the URL matched only when letter case is ignored. */
    public record Hit(Target target, boolean exactCase) {
    }

    private final Path root;
    private final Generator generator;
    private final List<String> staticDirs;
    private final SiteSettings settings;
    private final Map<String, Target> byUrl = new HashMap<>();
    private final Map<String, Target> byLowerUrl = new HashMap<>();
    private final Map<Path, Target> bySource = new HashMap<>();
    private final List<PathMatcher> extraPaths;
    private final Function<Path, Optional<UrlFields>> parsed;

    public SiteIndex(Path root, SiteSettings settings) {
        this(root, settings, file -> Optional.empty());
    }

    /**
     * An index that takes the URL fields of files already parsed in this run from {@code parsed}, so
     * no post is read twice.
     */
    public SiteIndex(Path root, SiteSettings settings, Function<Path, Optional<UrlFields>> parsed) {
        this.parsed = parsed;
        this.root = root.toAbsolutePath().normalize();
        this.generator = settings.generatorOf(this.root);
        List<String> dirs = new ArrayList<>(settings.staticDirs());
        if ((generator == Generator.HUGO || generator == Generator.ZOLA) && !dirs.contains("static")) {
            dirs.add("static");
        }
        this.staticDirs = List.copyOf(dirs);
        this.settings = settings;
        this.extraPaths = settings.extraPaths().stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        scan();
    }

    public Path root() {
        return root;
    }

    public Generator generator() {
        return generator;
    }

    /** The URL path prefix of the site, from {@code baseUrl} ({@code /blog} for https://example.com/blog/). */
    public String basePath() {
        String path = settings.baseUrl().map(URI::getPath).orElse("");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Looks up a decoded URL path such as {@code /2021/03/29/title/} or {@code /uploads/a b.jpg}. */
    public Optional<Hit> lookup(String path) {
        String key = normalize(path);
        Target exact = byUrl.get(key);
        if (exact != null) {
            return Optional.of(new Hit(exact, true));
        }
        Target other = byLowerUrl.get(key.toLowerCase(Locale.ROOT));
        return other == null ? Optional.empty() : Optional.of(new Hit(other, false));
    }

    /** Whether the config declares the path as served without a source file here ({@code site.extraPaths}). */
    public boolean isExtraPath(String path) {
        String key = normalize(path);
        for (PathMatcher m : extraPaths) {
            if (m.matches(Path.of(key)) || m.matches(Path.of(key + "/index.html"))) {
                return true;
            }
        }
        return false;
    }

    /** The folders served at the site's root: the configured ones, and static/ for Hugo and Zola. */
    public List<String> staticDirs() {
        return staticDirs;
    }

    /** How many URLs the site serves, and how many of them are pages written in Markdown. */
    public int urlCount() {
        return byUrl.size();
    }

    public long pageCount() {
        return bySource.values().stream().filter(Target::markdown).count();
    }

        /** The URL a source file is served at, if it is part of the site. */
    public Optional<Target> bySource(Path source) {
        return Optional.ofNullable(bySource.get(source.toAbsolutePath().normalize()));
    }

    private void scan() {
        if (generator == Generator.HUGO || generator == Generator.ZOLA) {
            // Hugo and Zola render the home page from their templates, with or without content/_index.md.
            put("/", root.resolve("content"), false);
        }
        FileTree.walk(root, dir -> {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean top = root.equals(dir.getParent());
            return !(name.startsWith(".") || (top && SKIPPED_DIRS.contains(name) && !settings.staticDirs().contains(name))
                    || name.equals("node_modules"));
        }, this::add);
    }

    private void add(Path file) {
        Path rel = root.relativize(file);
        String relPath = rel.toString().replace('\\', '/');
        String first = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
        String fileName = file.getFileName().toString();
        boolean markdown = MarkdownFiles.isMarkdown(fileName);
        if (staticDirs().contains(first)) {
            put("/" + relPath.substring(first.length() + 1), file, false);
            return;
        }
        if (markdown) {
            addMarkdown(file, rel, relPath, first, fileName);
            return;
        }
        boolean hidden = false;
        for (Path part : rel) {
            hidden |= part.toString().startsWith("_");
        }
        if (generator == Generator.HUGO || generator == Generator.ZOLA) {
            if (first.equals("content")) {
                put("/" + relPath.substring("content/".length()), file, false);
            }
            return;
        }
        if (!hidden) {
            put("/" + relPath, file, false);
        }
    }

    private void addMarkdown(Path file, Path rel, String relPath, String first, String fileName) {
        UrlFields fm = parsed.apply(file.toAbsolutePath().normalize()).orElseGet(() -> readUrlFields(file));
        String dirPath = rel.getParent() == null ? "" : rel.getParent().toString().replace('\\', '/');
        String url;
        if (relPath.contains("_posts/") || isHugoPost(first, rel)) {
            url = Permalinks.expand(settings.permalink(), fm, fileName, "posts", pathWithoutExtension(rel, 1));
        } else if (first.startsWith("_") && settings.collections().containsKey(first.substring(1))) {
            String name = first.substring(1);
            url = Permalinks.expand(settings.collections().get(name), fm, fileName, name, pathWithoutExtension(rel, 1));
        } else if (first.startsWith("_") || relPath.contains("/_") && generator == Generator.JEKYLL) {
            return;
        } else {
            String pagePath = pathWithoutExtension(rel, first.equals("content") ? 1 : 0);
            url = "/" + pagePath.replaceFirst("(^|/)(_?index|README)$", "$1") + "/";
        }
        put(fm.permalink().filter(s -> s.startsWith("/")).orElse(url), file, true);
        for (String alias : fm.aliases()) {
            // Zola takes an alias from the site's root, Hugo from the page's folder.
            String base = generator == Generator.ZOLA ? "" : "/" + dirPath;
            putAlias(alias.startsWith("/") ? alias : base + "/" + alias, file);
        }
        fm.redirectFrom().forEach(alias -> putAlias(alias, file));
    }

    /** Zola serves every page at its path below content/; only Hugo's post sections take a permalink pattern. */
    private boolean isHugoPost(String first, Path rel) {
        return generator == Generator.HUGO && first.equals("content") && rel.getNameCount() > 2
                && List.of("posts", "post", "blog").contains(rel.getName(1).toString());
    }

    private static String pathWithoutExtension(Path rel, int skip) {
        Path sub = rel.subpath(Math.min(skip, rel.getNameCount() - 1), rel.getNameCount());
        return sub.toString().replace('\\', '/').replaceFirst("\\.[^./]+$", "");
    }

    private static UrlFields readUrlFields(Path file) {
        try {
            return UrlFields.of(FrontMatterReader.read(DecodedFile.decode(Files.readAllBytes(file)).source()));
        } catch (IOException e) {
            return UrlFields.NONE;
        }
    }

    private void putAlias(String url, Path file) {
        String key = normalize(url);
        byUrl.putIfAbsent(key, new Target(file.toAbsolutePath().normalize(), true, url));
        byLowerUrl.putIfAbsent(key.toLowerCase(Locale.ROOT), byUrl.get(key));
    }

    private void put(String url, Path file, boolean markdown) {
        Target target = new Target(file.toAbsolutePath().normalize(), markdown, url);
        String key = normalize(url);
        byUrl.put(key, target);
        byLowerUrl.putIfAbsent(key.toLowerCase(Locale.ROOT), target);
        bySource.putIfAbsent(target.source(), target);
    }

    /** {@code /a/}, {@code /a}, {@code /a.html} and {@code /a/index.html} all name the same page. */
    static String normalize(String path) {
        String p = path.isEmpty() ? "/" : path;
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        p = p.replaceAll("/{2,}", "/");
        if (p.endsWith("/index.html") || p.endsWith("/index.htm")) {
            p = p.substring(0, p.lastIndexOf('/') + 1);
        } else if (p.endsWith(".html")) {
            p = p.substring(0, p.length() - ".html".length());
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
