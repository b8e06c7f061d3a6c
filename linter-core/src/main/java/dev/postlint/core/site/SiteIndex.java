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
    private final Map<String, Path> byContentPath = new HashMap<>();
    private final Map<Path, String> contentPaths = new HashMap<>();
    private final Set<String> addedContent = new java.util.HashSet<>();
    private final List<String> jekyllIncludes;
    /** URL paths and content keys that mounts provide from sources missing here, with the source named. */
    private final Map<String, String> absentMounts = new HashMap<>();
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
        boolean layoutMissing = settings.layout().isEmpty() && (generator == Generator.HUGO || generator == Generator.ZOLA);
        this.settings = layoutMissing ? GeneratorConfig.complete(settings, this.root) : settings;
        List<String> dirs = new ArrayList<>(settings.staticDirs());
        this.settings.layout().ifPresent(layout -> layout.staticMounts().stream()
                .filter(m -> m.target().isEmpty() && m.source().getParent().equals(this.root))
                .map(m -> m.source().getFileName().toString()).filter(d -> !dirs.contains(d)).forEach(dirs::add));
        this.staticDirs = List.copyOf(dirs);
        this.jekyllIncludes = generator == Generator.JEKYLL ? GeneratorConfig.jekyllIncludes(this.root).stream()
                .map(i -> i.replaceAll("^/+|/+$", "")).filter(i -> !i.isEmpty()).toList() : List.of();
        List<String> globs = new ArrayList<>(settings.extraPaths());
        this.settings.layout().ifPresent(layout -> globs.addAll(layout.generated()));
        this.extraPaths = globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
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

    /**
     * Whether the path is served without a source file here: declared in {@code site.extraPaths}, or
     * written by the generator from its templates (sitemap, feeds, robots.txt).
     */
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

    /** The content layout of a Hugo or Zola site, read from its configuration. */
    public Optional<ContentLayout> layout() {
        return settings.layout();
    }

    /**
     * The page at a content path, found the way Hugo's {@code GetPage} finds it: {@code docs/intro},
     * {@code docs/intro.md}, or a bundle or section folder, letters in any case.
     */
    public Optional<Path> byContentPath(String path) {
        String key = contentKey(path);
        return Optional.ofNullable(byContentPath.get(key));
    }

    /**
     * The folders a page's relative content paths start from, as Hugo's {@code GetPage} takes them: the
     * folder its logical path lies in (a leaf bundle's parent), and for a section also the section itself.
     */
    public List<String> contentDirsOf(Path source) {
        String path = contentPaths.get(source.toAbsolutePath().normalize());
        if (path == null || !MarkdownFiles.isMarkdown(path)) {
            return List.of();
        }
        String logical = contentKey(path);
        String parent = logical.contains("/") ? logical.substring(0, logical.lastIndexOf('/')) : "";
        return PageUrls.isSection(path) && !logical.isEmpty() ? List.of(logical, parent) : List.of(parent);
    }

    /**
     * The missing source of a mount that would provide this URL path or content path: the site's config
     * mounts it, but it is not in this checkout, so whether the target exists cannot be told here.
     */
    public Optional<String> absentMountFor(String urlOrContentPath) {
        for (String key : List.of(normalize(urlOrContentPath), contentKey(urlOrContentPath))) {
            for (String k = key; !k.isEmpty(); k = k.contains("/") ? k.substring(0, k.lastIndexOf('/')) : "") {
                if (absentMounts.containsKey(k)) {
                    return Optional.of(absentMounts.get(k));
                }
            }
        }
        return Optional.empty();
    }

    private static String contentKey(String path) {
        String key = path.strip().replaceAll("^\\./", "").replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
        key = key.replaceFirst("\\.(md|markdown|mdown|html)$", "");
        return key.replaceFirst("(^|/)_?index$", "");
    }

    private void scan() {
        if (settings.layout().isPresent()) {
            scanLayout(settings.layout().get());
            return;
        }
        FileTree.walk(root, dir -> {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean top = root.equals(dir.getParent());
            boolean included = isIncluded(root.relativize(dir).toString().replace('\\', '/'));
            return !(name.startsWith(".") && !included || (top && SKIPPED_DIRS.contains(name) && !settings.staticDirs().contains(name))
                    || name.equals("node_modules"));
        }, this::add);
    }

    private void scanLayout(ContentLayout layout) {
        for (String language : layout.languages()) {
            // Hugo and Zola render each language's home page from their templates, with or without an _index.md.
            put(layout.languagePrefix(language) + "/", root.resolve("content"), false);
        }
        Path limit = root.getParent() == null ? root : root.getParent();
        for (String dir : settings.staticDirs()) {
            Path folder = root.resolve(dir);
            FileTree.walk(folder, SiteIndex::isWalked, file -> put("/" + folder.relativize(file).toString()
                    .replace('\\', '/'), file, false));
        }
        for (ContentLayout.Mount mount : layout.staticMounts()) {
            if (mount.source().startsWith(limit)) {
                FileTree.walk(mount.source(), SiteIndex::isWalked, file -> put("/" + mount.target() + "/"
                        + mount.source().relativize(file).toString().replace('\\', '/'), file, false));
            }
        }
        for (ContentLayout.Mount mount : layout.mounts()) {
            if (!Files.exists(mount.source())) {
                String key = contentKey(mount.target());
                String shown = root.relativize(mount.source()).toString().replace('\\', '/');
                absentMounts.put(key, shown);
                ContentLayout.ContentFile file = new ContentLayout.ContentFile(mount.target(), mount.languages().isEmpty()
                        ? List.of(layout.defaultLanguage()) : mount.languages());
                PageUrls.of(generator, layout, file, UrlFields.NONE).forEach(url -> absentMounts.put(normalize(url), shown));
            } else if (mount.source().startsWith(limit)) {
                FileTree.walk(mount.source(), SiteIndex::isWalked, file -> layout.locateIn(mount, file)
                        .ifPresent(content -> addContent(file, content, layout)));
            }
        }
    }

    private static boolean isWalked(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return !name.startsWith(".") && !name.equals("node_modules");
    }

    /** A file of a Hugo or Zola content tree: a page at its URLs, or a file served beside its page. */
    private void addContent(Path file, ContentLayout.ContentFile found, ContentLayout layout) {
        Path source = file.toAbsolutePath().normalize();
        // Where mounts overlap, the first one to provide a path in a language wins, as in Hugo.
        List<String> languages = found.languages().stream()
                .filter(language -> addedContent.add(language + ":" + found.path())).toList();
        if (languages.isEmpty()) {
            return;
        }
        ContentLayout.ContentFile content = new ContentLayout.ContentFile(found.path(), languages);
        contentPaths.putIfAbsent(source, content.path());
        if (!MarkdownFiles.isMarkdown(file.getFileName().toString())) {
            for (String language : content.languages()) {
                String prefix = layout.languagePrefix(language);
                int slash = content.path().lastIndexOf('/');
                String dir = slash < 0 ? "" : content.path().substring(0, slash + 1);
                putFirst(prefix + "/" + content.path(), source, false);
                putFirst(prefix + "/" + layout.paths().applyToPath(dir) + content.path().substring(slash + 1), source, false);
            }
            return;
        }
        byContentPath.putIfAbsent(contentKey(content.path()), source);
        UrlFields fm = parsed.apply(source).orElseGet(() -> readUrlFields(file));
        List<String> urls = PageUrls.of(generator, layout, content, fm);
        for (String url : urls) {
            putFirst(url, source, true);
        }
        for (String language : content.languages()) {
            String prefix = layout.languagePrefix(language);
            fm.terms().forEach((taxonomy, terms) -> {
                if (layout.taxonomies().contains(taxonomy)) {
                    putFirst(prefix + "/" + taxonomy + "/", source, false);
                    for (String term : terms) {
                        putFirst(prefix + "/" + taxonomy + "/" + termPath(generator, term) + "/", source, false);
                    }
                }
            });
        }
        String pageDir = urls.get(0).endsWith("/") ? urls.get(0) : urls.get(0).substring(0, urls.get(0).lastIndexOf('/') + 1);
        for (String alias : fm.aliases()) {
            // Zola takes an alias from the site's root, Hugo a relative one from the page's folder.
            String base = generator == Generator.ZOLA ? "/" : pageDir.replaceFirst("[^/]+/$", "");
            putAlias(alias.startsWith("/") ? alias : base + alias, source);
        }
    }

    /** A term's folder: Zola slugifies it, Hugo urlizes it. */
    private static String termPath(Generator generator, String term) {
        return generator == Generator.ZOLA ? PathStyle.slugify(term) : PageUrls.urlize(term);
    }

    /** Where two mounts or languages give the same URL, the first page wins over a later one and over the home placeholder. */
    private void putFirst(String url, Path source, boolean markdown) {
        Target existing = byUrl.get(normalize(url));
        if (existing == null || (!existing.markdown() && markdown && Files.isDirectory(existing.source()))) {
            put(url, source, markdown);
        } else {
            bySource.putIfAbsent(source, new Target(source, markdown, url));
        }
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
        if (!hidden || isIncluded(relPath)) {
            put("/" + relPath, file, false);
        }
    }

    private void addMarkdown(Path file, Path rel, String relPath, String first, String fileName) {
        UrlFields fm = parsed.apply(file.toAbsolutePath().normalize()).orElseGet(() -> readUrlFields(file));
        String dirPath = rel.getParent() == null ? "" : rel.getParent().toString().replace('\\', '/');
        String url;
        if (relPath.contains("_posts/")) {
            url = Permalinks.expand(settings.permalink(), fm, fileName, "posts", pathWithoutExtension(rel, 1));
        } else if (first.startsWith("_") && settings.collections().containsKey(first.substring(1))) {
            String name = first.substring(1);
            url = Permalinks.expand(settings.collections().get(name), fm, fileName, name, pathWithoutExtension(rel, 1));
        } else if ((first.startsWith("_") || relPath.contains("/_") && generator == Generator.JEKYLL)
                && !isIncluded(relPath)) {
            return;
        } else {
            String pagePath = pathWithoutExtension(rel, 0);
            url = "/" + pagePath.replaceFirst("(^|/)(_?index|README)$", "$1") + "/";
        }
        put(fm.permalink().filter(s -> s.startsWith("/")).orElse(url), file, true);
        for (String alias : fm.aliases()) {
            putAlias(alias.startsWith("/") ? alias : "/" + dirPath + "/" + alias, file);
        }
        fm.redirectFrom().forEach(alias -> putAlias(alias, file));
    }

    /** Whether Jekyll's {@code include:} names the file or a folder it lies in, so Jekyll renders it despite its '_'. */
    private boolean isIncluded(String relPath) {
        return jekyllIncludes.stream().anyMatch(i -> relPath.equals(i) || relPath.startsWith(i + "/"));
    }

    private static String pathWithoutExtension(Path rel, int skip) {
        Path sub = rel.subpath(Math.min(skip, rel.getNameCount() - 1), rel.getNameCount());
        return sub.toString().replace('\\', '/').replaceFirst("\\.[^./]+$", "");
    }

    private static UrlFields readUrlFields(Path file) {
        try {
            return UrlFields.of(FrontMatterReader.read(DecodedFile.decode(dev.postlint.core.io.BoundedFiles.read(file)).source()));
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
