package dev.postlint.core.site;

import dev.postlint.core.io.FileTree;
import dev.postlint.core.markdown.ComputedLink;
import dev.postlint.core.markdown.TemplateSyntax;
import dev.postlint.core.source.MarkdownFiles;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Resolves what a link or image path in a post points to. Relative paths are looked up beside the
 * post's source file, then against the post's own URL; site-root paths ({@code /uploads/x.jpg}) and
 * full URLs on the site's {@code baseUrl} are looked up in the {@link SiteIndex}. Percent-encoding is
 * decoded first; letter case must match exactly.
 */
public final class LinkResolver {
    /** The ASCII characters browsers send as they are: printable, but for quotes, angle brackets and \ ^ ` { | }. */
    private static final boolean[] URL_SAFE = new boolean[128];
    private static final java.util.HexFormat HEX = java.util.HexFormat.of().withUpperCase();

    static {
        for (char c = 33; c < 127; c++) {
            URL_SAFE[c] = "\"<>\\^`{|}".indexOf(c) < 0;
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Optional<SiteIndex> index;
    private final Optional<URI> baseUrl;
    private final Optional<String> siteHost;
    private final SiteSettings settings;
    private final FileLookup files;

    public LinkResolver(Optional<SiteIndex> index, SiteSettings settings, FileLookup files) {
        this.index = index;
        this.baseUrl = settings.baseUrl();
        this.siteHost = baseUrl.map(URI::getHost).map(LinkResolver::bareHost);
        this.settings = settings;
        this.files = files;
    }

    public Resolution resolve(Path from, String raw) {
        try {
            return resolveChecked(from, raw);
        } catch (java.nio.file.InvalidPathException e) {
            // A NUL or another character no file name can hold: no file is there for the reader either.
            return new Resolution.Missing("the target holds a character no file name can hold");
        }
    }

    private Resolution resolveChecked(Path from, String raw) {
        String url = raw.strip();
        if (url.isEmpty()) {
            return new Resolution.Missing("the link has no target");
        }
        if ((url.startsWith("https://") || url.startsWith("http://")) && url.indexOf('{') < 0) {
            return absolute(from, url); // the common case, without the template checks below
        }
        Optional<ComputedLink> computed = ComputedLink.parse(url);
        if (computed.isPresent()) {
            return computed(from, computed.get());
        }
        if (TemplateSyntax.isTemplateTarget(url)) {
            return new Resolution.Skipped("template tag");
        }
        if (url.startsWith("//")) {
            url = "https:" + url;
        }
        if (SCHEME.matcher(url).find()) {
            return absolute(from, url);
        }
        if (url.startsWith("#")) {
            return new Resolution.SameDocument(decode(url.substring(1)));
        }
        return internal(from, url);
    }

    private Resolution absolute(Path from, String url) {
        String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                URI uri;
                try {
                    uri = new URI(encodeLikeBrowsers(url));
                } catch (URISyntaxException e) {
                    return new Resolution.Missing("the address is not valid (" + e.getReason() + ")");
                }
                if (uri.getHost() == null) {
                    return new Resolution.Missing("the address has no host name");
                }
                if (baseUrl.isPresent() && isOnSite(uri)) {
                    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                    return internal(from, path + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
                }
                if (startsWithAny(url, settings.skipLinkPrefixes())) {
                    return new Resolution.Skipped("the site's link checker skips it (link_checker.skip_prefixes)");
                }
                boolean skipAnchor = startsWithAny(url, settings.skipAnchorPrefixes());
                return new Resolution.External(skipAnchor ? SiteLinks.withoutFragment(uri) : uri);
            }
            case "mailto" -> {
                return new Resolution.Mail(url.substring("mailto:".length()));
            }
            case "javascript" -> {
                return new Resolution.Script();
            }
            default -> {
                return new Resolution.Skipped(scheme + ": link");
            }
        }
    }

    private static boolean startsWithAny(String url, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (url.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A target a template computes from a literal: a source file, a post, or a content file of the site. */
    private Resolution computed(Path from, ComputedLink link) {
        if (index.isEmpty()) {
            return new Resolution.Skipped("computed link without a known site root");
        }
        Path root = index.get().root();
        String target = link.target();
        Optional<String> fragment = Optional.empty();
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = Optional.of(target.substring(hash + 1)).filter(f -> !f.isEmpty());
            target = target.substring(0, hash);
        }
        if (target.isEmpty()) {
            return fragment.<Resolution>map(Resolution.SameDocument::new).orElse(new Resolution.Missing("the link has no target"));
        }
        String path = target.startsWith("/") ? target.substring(1) : target;
        List<Path> candidates = new ArrayList<>();
        String missing;
        switch (link.kind()) {
            case SOURCE_FILE -> {
                candidates.add(root.resolve(path));
                missing = "there is no file " + path + " in the site";
            }
            case POST_NAME -> {
                candidates.addAll(posts(root, path));
                missing = "there is no post " + path + " in _posts";
            }
            case CONTENT_PATH -> {
                candidates.addAll(contentCandidates(root, path));
                missing = "there is no content/" + path + " in the site";
            }
            default -> {
                Path dir = from.toAbsolutePath().normalize().getParent();
                for (String name : List.of(path, path + ".md", path + "/index.md", path + "/_index.md")) {
                    if (!target.startsWith("/")) {
                        candidates.add(dir.resolve(name));
                    }
                    candidates.addAll(contentCandidates(root, name));
                }
                missing = "Hugo finds no page " + target + " (looked beside the post and in content/)";
            }
        }
        for (Path candidate : candidates) {
            Optional<FileLookup.Match> match = files.find(candidate.normalize());
            if (match.isPresent() && match.get().exactCase() && Files.isRegularFile(match.get().path())) {
                Path found = match.get().path();
                return new Resolution.Found(found, MarkdownFiles.isMarkdown(found.getFileName().toString()), fragment);
            }
        }
        if (link.kind() == ComputedLink.Kind.CONTENT_REF) {
            Optional<Path> found = findByName(contentDirs(root), path);
            if (found.isPresent()) {
                return new Resolution.Found(found.get(), true, fragment);
            }
        }
        return new Resolution.Missing(missing);
    }

    /** Where a content path may lie on disk: in the site's content mounts, else in its content/ folder. */
    private List<Path> contentCandidates(Path root, String path) {
        return index.flatMap(SiteIndex::layout).map(layout -> layout.candidates(path))
                .orElseGet(() -> List.of(root.resolve("content").resolve(path)));
    }

    private List<Path> contentDirs(Path root) {
        return index.flatMap(SiteIndex::layout)
                .map(layout -> layout.mounts().stream().map(ContentLayout.Mount::source).toList())
                .orElseGet(() -> List.of(root.resolve("content")));
    }

    /** A file below a folder of the site, with its path relative to that folder. */
    private record Listed(Path file, String rel) {
    }

    /** The files below each folder, listed once per run however many computed links ask. */
    private final Map<Path, List<Listed>> listings = new ConcurrentHashMap<>();

    private List<Listed> filesBelow(Path folder) {
        this.files.note(folder);
        return listings.computeIfAbsent(folder, f -> {
            List<Listed> files = new ArrayList<>();
            if (Files.isDirectory(f)) {
                FileTree.walk(f, dir -> true, file -> files.add(new Listed(file,
                        f.relativize(file).toString().replace('\\', '/'))));
            }
            return files;
        });
    }

    /** Jekyll's post_url: a post of that name, with any extension, in _posts or a folder below it. */
    private List<Path> posts(Path root, String name) {
        List<Path> found = new ArrayList<>();
        for (Listed listed : filesBelow(root.resolve("_posts"))) {
            String rel = listed.rel().replaceFirst("\\.[^./]+$", "");
            if (rel.equals(name) || rel.endsWith("/" + name)) {
                found.add(listed.file());
            }
        }
        return found;
    }

    /** Hugo's ref also finds a page by the end of its path when that is unique. */
    private Optional<Path> findByName(List<Path> contentDirs, String path) {
        String wanted = path.endsWith(".md") ? path : path + ".md";
        List<Path> found = new ArrayList<>();
        for (Path content : contentDirs) {
            for (Listed listed : filesBelow(content)) {
                String rel = listed.rel();
                if (rel.equals(wanted) || rel.endsWith("/" + wanted) || rel.endsWith("/" + path + "/index.md")
                        || rel.endsWith("/" + path + "/_index.md")) {
                    found.add(listed.file());
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Percent-encodes what browsers encode before requesting (WHATWG URL): spaces, quotes, ^ | { } and
     * non-ASCII letters anywhere, and [ ] outside the host, where they may only enclose an IPv6 address.
     */
    static String encodeLikeBrowsers(String url) {
        int scheme = url.indexOf("://");
        int authorityEnd = url.length();
        if (scheme >= 0) {
            for (int i = scheme + 3; i < url.length(); i++) {
                if ("/?#".indexOf(url.charAt(i)) >= 0) {
                    authorityEnd = i;
                    break;
                }
            }
        }
        if (needsNoEncoding(url, authorityEnd)) {
            return url;
        }
        StringBuilder b = new StringBuilder(url.length());
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        int charIndex = 0;
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean bracketInPath = (c == '[' || c == ']') && charIndex >= authorityEnd;
            boolean allowed = c < 128 && URL_SAFE[c] && !bracketInPath;
            if (allowed) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX.toHexDigits((byte) c));
            }
            if (c < 0x80 || c >= 0xC0) {
                charIndex++;
            }
        }
        return b.toString();
    }

    private static boolean needsNoEncoding(String url, int authorityEnd) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c >= 128 || !URL_SAFE[c] || (c == '[' || c == ']') && i >= authorityEnd) {
                return false;
            }
        }
        return true;
    }

    private boolean isOnSite(URI uri) {
        return siteHost.isPresent() && bareHost(uri.getHost()).equals(siteHost.get());
    }

    /** A host name as it names a site: letter case and a leading {@code www.} aside. */
    private static String bareHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    private Resolution internal(Path from, String url) {
        String withoutQuery = url;
        Optional<String> fragment = Optional.empty();
        int hash = withoutQuery.indexOf('#');
        if (hash >= 0) {
            fragment = Optional.of(decode(withoutQuery.substring(hash + 1))).filter(f -> !f.isEmpty());
            withoutQuery = withoutQuery.substring(0, hash);
        }
        int query = withoutQuery.indexOf('?');
        if (query >= 0) {
            withoutQuery = withoutQuery.substring(0, query);
        }
        String path = decode(withoutQuery);
        if (path.startsWith("/")) {
            if (index.isEmpty()) {
                return new Resolution.Skipped("site-root path without a known site root");
            }
            return lookupSitePath(path, fragment);
        }
        return relative(from, path, fragment);
    }

    private Resolution lookupSitePath(String path, Optional<String> fragment) {
        SiteIndex site = index.get();
        String base = site.basePath();
        String p = !base.isEmpty() && (path.equals(base) || path.startsWith(base + "/"))
                ? path.substring(base.length()) : path;
        Optional<SiteIndex.Hit> hit = site.lookup(p);
        if (hit.isEmpty() && site.isExtraPath(p)) {
            return new Resolution.Skipped("declared in site.extraPaths");
        }
        if ((hit.isEmpty() || !hit.get().exactCase()) && site.generator() == Generator.HUGO) {
            Optional<Path> page = site.byContentPath(p);
            if (page.isPresent()) {
                return new Resolution.Found(page.get(), true, fragment);
            }
        }
        if (hit.isEmpty()) {
            return absentMount(p).orElse(new Resolution.Missing("nothing in the site is served at " + path));
        }
        if (!hit.get().exactCase()) {
            return new Resolution.CaseMismatch(hit.get().target().url());
        }
        return new Resolution.Found(hit.get().target().source(), hit.get().target().markdown(), fragment);
    }

    private Resolution relative(Path from, String path, Optional<String> fragment) {
        Path dir = from.toAbsolutePath().normalize().getParent();
        Path candidate = dir.resolve(path).normalize();
        Optional<FileLookup.Match> match = files.find(candidate);
        String missing = "no file " + path + " next to the post";
        // What differs is shown as the link writes it: a folder as the folder, not as its index page.
        String shown = match.map(m -> relativize(dir, m.path()) + (path.endsWith("/") ? "/" : "")).orElse(path);
        if (match.isPresent() && Files.isDirectory(match.get().path())) {
            match = indexFileIn(match.get());
            boolean jekyll = index.filter(site -> site.generator() == Generator.JEKYLL).isPresent();
            if (jekyll && match.get().exactCase() && Files.isDirectory(match.get().path())) {
                // Jekyll serves a folder only through an index page, unless a plugin or permalink serves its URL.
                missing = "the folder " + path + " has no index page, so the site serves nothing there";
                match = Optional.empty();
            }
        }
        if (match.isPresent()) {
            if (!match.get().exactCase()) {
                return new Resolution.CaseMismatch(shown);
            }
            Path target = match.get().path();
            String name = target.getFileName().toString();
            return new Resolution.Found(target, MarkdownFiles.isMarkdown(name), fragment);
        }
        if (index.isPresent()) {
            Optional<SiteIndex.Target> self = index.get().bySource(from);
            if (self.isPresent()) {
                String pageUrl = self.get().url().endsWith("/") ? self.get().url() : self.get().url() + "/../";
                Optional<String> resolved = resolveAgainst(pageUrl, path);
                Resolution bySite = resolved.map(r -> lookupSitePath(r, fragment))
                        .orElse(new Resolution.Missing("not a valid path"));
                if (!(bySite instanceof Resolution.Missing)) {
                    return bySite;
                }
            }
        }
        Optional<Path> page = index.filter(site -> site.generator() == Generator.HUGO)
                .flatMap(site -> site.contentDirsOf(from).stream().map(d -> contentPage(site, d, path))
                        .flatMap(Optional::stream).findFirst());
        if (page.isPresent()) {
            return new Resolution.Found(page.get(), true, fragment);
        }
        Optional<Resolution> absent = index.flatMap(site -> site.contentDirsOf(from).stream()
                .map(d -> absentMount(d.isEmpty() ? path : d + "/" + path)).flatMap(Optional::stream).findFirst());
        if (absent.isPresent()) {
            return absent.get();
        }
        if (index.isEmpty()) {
            if (path.endsWith("/")) {
                return new Resolution.Skipped("page URL relative to the post's URL, without a known site root");
            }
            // Served as GitHub and most generators serve a folder of Markdown: setup is setup.md or setup.html.
            for (String extension : List.of(".md", ".markdown", ".html")) {
                Optional<FileLookup.Match> served = files.find(dir.resolve(path + extension).normalize());
                if (served.isPresent() && served.get().exactCase() && Files.isRegularFile(served.get().path())) {
                    return new Resolution.Found(served.get().path(), !extension.equals(".html"), fragment);
                }
            }
        }
        return new Resolution.Missing(missing);
    }

    /** A relative path resolved against a page URL as a browser does, unless it is no valid URL path. */
    private static Optional<String> resolveAgainst(String pageUrl, String path) {
        try {
            return Optional.ofNullable(new URI("http://x" + encodeSpaces(pageUrl)).resolve(new URI(null, null, path, null))
                    .getPath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Resolution> absentMount(String path) {
        return index.flatMap(site -> site.absentMountFor(path)).map(source -> new Resolution.Skipped(
                "the site's config mounts it from " + source + ", which is not here"));
    }

    /** Hugo's link render hook finds a page by its content path relative to the linking page's folder. */
    private static Optional<Path> contentPage(SiteIndex site, String dir, String path) {
        try {
            String joined = new URI("x:/" + encodeSpaces(dir.isEmpty() ? "" : dir + "/"))
                    .resolve(new URI(null, null, path, null)).getPath();
            return joined == null ? Optional.empty() : site.byContentPath(joined);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The page a folder link shows: its index page, or its README in any letter case (as GitHub shows
     * it). The case of a name the link does not write never makes the link a case mismatch; an index
     * page in other letters ({@code Index.md}) is no index page.
     */
    private Optional<FileLookup.Match> indexFileIn(FileLookup.Match dir) {
        for (String name : new String[] {"index.md", "index.markdown", "index.html", "_index.md", "README.md"}) {
            Optional<FileLookup.Match> m = files.find(dir.path().resolve(name));
            if (m.isPresent() && (m.get().exactCase() || name.equals("README.md"))) {
                return Optional.of(new FileLookup.Match(m.get().path(), dir.exactCase()));
            }
        }
        return Optional.of(dir);
    }

    private static String relativize(Path dir, Path target) {
        return dir.relativize(target).toString().replace('\\', '/');
    }

    private static String encodeSpaces(String s) {
        return s.replace("%", "%25").replace(" ", "%20").replace("[", "%5B").replace("]", "%5D");
    }

    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
