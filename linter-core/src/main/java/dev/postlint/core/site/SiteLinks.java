package dev.postlint.core.site;

import dev.postlint.core.links.ExternalLinkChecker;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.links.UrlStatus;
import dev.postlint.core.source.MarkdownFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The link services of one run, shared by the link rules: what a link points to, which anchors a
 * page has, and the status of every external URL (checked once, on first request).
 */
public final class SiteLinks {
    private final List<PostSummary> posts;
    private final SiteSettings settings;
    private final LinkSettings linkSettings;
    private final ProgressListener progress;
    private final Function<String, String> environment;
    private final FileLookup files = new FileLookup();
    private final SiteLocator sites;
    private final Map<Path, LinkResolver> resolvers = new ConcurrentHashMap<>();
    private final Map<Path, Optional<SiteIndex>> indexes = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Set<String>>> anchors = new ConcurrentHashMap<>();
    private final Map<Path, PostSummary> postsByFile = new ConcurrentHashMap<>();
    private final Map<PostSummary, PostLinks> resolutions = new ConcurrentHashMap<>();
    private final PostReader reader;

    /** A post's resolved internal links, and the resolver of its site, found once per post. */
    private record PostLinks(Map<String, Resolution> known, LinkResolver resolver) {
    }
    private Map<URI, UrlStatus> external;

    public SiteLinks(List<PostSummary> posts, SiteSettings settings, LinkSettings linkSettings, ProgressListener progress,
                     Function<String, String> environment, PostReader reader) {
        this.posts = posts;
        this.reader = reader;
        this.settings = settings;
        this.linkSettings = linkSettings;
        this.sites = new SiteLocator(settings);
        this.progress = progress;
        this.environment = environment;
        posts.forEach(p -> postsByFile.put(p.file().toAbsolutePath().normalize(), p));
    }

    /** The folders whose content the answers so far depended on (see {@link FileLookup#consultedFolders}). */
    public Set<Path> consultedFolders() {
        return files.consultedFolders();
    }

    /**
     * What a link of a post points to. Links into the site are resolved once however many rules ask;
     * web addresses are only parsed, which is cheaper than keeping hundreds of thousands of them.
     */
    public Resolution resolve(PostSummary post, String url) {
        PostLinks links = resolutions.computeIfAbsent(post,
                p -> new PostLinks(new ConcurrentHashMap<>(), resolverFor(p.file())));
        Resolution resolution = links.known().get(url);
        if (resolution == null) {
            // links.exclude names targets a site's own link render hook rewrites, internal ones included.
            resolution = isExcluded(url) ? new Resolution.Skipped("links.exclude")
                    : links.resolver().resolve(post.file(), url);
            if (!(resolution instanceof Resolution.External)) {
                links.known().put(url, resolution);
            }
        }
        return resolution;
    }

    private boolean isExcluded(String url) {
        if (linkSettings.exclude().isEmpty()) {
            return false;
        }
        return linkSettings.exclude().stream().anyMatch(p -> p.matcher(url).find())
                && linkSettings.include().stream().noneMatch(p -> p.matcher(url).find());
    }

    /** The site index for the site a post belongs to, if its root is configured or recognisable. */
    public Optional<SiteIndex> indexFor(Path postFile) {
        return root(postFile).flatMap(root -> indexes.computeIfAbsent(root,
                r -> Optional.of(new SiteIndex(r, settingsOf(r),
                        file -> Optional.ofNullable(postsByFile.get(file)).map(PostSummary::urlFields)))));
    }

    /** The settings of the site a post belongs to, or the config's when it belongs to none. */
    public SiteSettings settingsOfPost(Path postFile) {
        return root(postFile).map(this::settingsOf).orElse(settings);
    }

    /** The settings for one site: the config's, completed from the generator's own config. */
    private SiteSettings settingsOf(Path root) {
        return sites.settingsOf(root);
    }

    private LinkResolver resolverFor(Path postFile) {
        Optional<Path> root = root(postFile);
        return resolvers.computeIfAbsent(root.orElse(Path.of("")), r -> new LinkResolver(indexFor(postFile),
                root.map(this::settingsOf).orElse(settings), files));
    }

    private Optional<Path> root(Path postFile) {
        Path dir = postFile.toAbsolutePath().normalize().getParent();
        return sites.rootOf(dir);
    }

    /** The anchors of a page of the site, or empty when it cannot be read. */
    public Optional<Set<String>> anchorsOf(Path source) {
        Path key = source.toAbsolutePath().normalize();
        return anchors.computeIfAbsent(key, k -> {
            PostSummary known = postsByFile.get(k);
            if (known != null) {
                return Optional.of(known.anchors());
            }
            String name = k.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (MarkdownFiles.isMarkdown(name)) {
                    var parsed = reader.read(k);
                    SiteSettings site = sites.settingsOfFile(k);
                    return Optional.of(Anchors.of(parsed.body(), site.slugStyleFor(sites.generatorOfFile(k)),
                            site.definitionTermIds()));
                }
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    return Optional.of(Anchors.ofHtmlFile(k));
                }
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // a target that cannot be read or is beyond the parser's limits tells nothing
            }
            return Optional.empty();
        });
    }

    /** The status of an external link of a post, if it is one and was checked. */
    public Optional<UrlStatus> externalStatus(PostSummary post, Reference link) {
        if (resolve(post, link.url()) instanceof Resolution.External e) {
            return Optional.ofNullable(externalResults().get(withoutFragment(e.uri())));
        }
        return Optional.empty();
    }

    /** Whether external URLs are checked in this run ({@code links.external}, {@code --offline}). */
    public boolean checksExternal() {
        return linkSettings.external();
    }

    /** The status of every external link of every post, checked together on first call. */
    public synchronized Map<URI, UrlStatus> externalResults() {
        if (external == null) {
            if (!checksExternal()) {
                external = Map.of();
            } else {
                Set<URI> uris = new LinkedHashSet<>();
                Set<URI> needAnchors = new LinkedHashSet<>();
                for (PostSummary post : posts) {
                    for (Reference link : post.links()) {
                        if (resolve(post, link.url()) instanceof Resolution.External e) {
                            uris.add(withoutFragment(e.uri()));
                            if (linkSettings.externalAnchors() && e.uri().getRawFragment() != null) {
                                needAnchors.add(withoutFragment(e.uri()));
                            }
                        }
                    }
                }
                external = new ExternalLinkChecker(linkSettings, progress, environment).check(uris, needAnchors);
            }
        }
        return external;
    }

    public static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }
}
