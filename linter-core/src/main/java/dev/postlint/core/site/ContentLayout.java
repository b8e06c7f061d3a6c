package dev.postlint.core.site;

import dev.postlint.core.io.RecordText;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a Hugo or Zola site takes its pages from and how it serves them: the folders (or single files)
 * mounted into its content tree and at its root, its languages, how it writes paths, its permalink
 * patterns by section, and the content it ignores. Built from the generator's own configuration.
 *
 * @param mounts content mounts, earlier ones winning where two provide the same path
 * @param staticMounts folders served as they are, with the URL path they are served at
 * @param languages the site's language codes, the default one first
 * @param defaultLanguageInSubdir whether the default language, too, is served below {@code /<code>/}
 * @param pagePermalinks Hugo's permalink pattern of regular pages, by top-level section
 * @param sectionPermalinks Hugo's permalink pattern of section pages, by top-level section
 * @param ignored globs of content paths the generator skips (Zola's {@code ignored_content})
 * @param taxonomies the taxonomies' names, which are the front-matter keys of their terms and their URL folder
 * @param generated globs of URL paths the generator writes from its templates: sitemap, feeds, robots.txt, ...
 */
public record ContentLayout(List<Mount> mounts, List<Mount> staticMounts, List<String> languages,
                            boolean defaultLanguageInSubdir, PathStyle paths, Map<String, String> pagePermalinks,
                            Map<String, String> sectionPermalinks, List<String> ignored, List<String> taxonomies,
                            List<String> generated) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    /** A folder or file of the disk that appears at {@code target} ("" for the top) in the content tree. */
    public record Mount(Path source, String target, List<String> languages) {
        /** As Java writes it, without the set-up of its first call (RecordText). */
        @Override
        public String toString() {
            return RecordText.of(this);
        }

        public Mount {
            source = source.toAbsolutePath().normalize();
            target = target.replaceAll("^/+|/+$", "");
            languages = List.copyOf(languages);
        }
    }

    /** A file's place in the content tree ({@code docs/intro.md}) and the languages it is a page of. */
    public record ContentFile(String path, List<String> languages) {
    }

    /** Compiled {@code ignored} globs, shared by all layouts: a site has few, and they are asked for every file. */
    private static final Map<String, PathMatcher> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();

    public ContentLayout {
        mounts = List.copyOf(mounts);
        staticMounts = List.copyOf(staticMounts);
        languages = languages.isEmpty() ? List.of("en") : List.copyOf(languages);
        pagePermalinks = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(pagePermalinks));
        sectionPermalinks = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sectionPermalinks));
        ignored = List.copyOf(ignored);
        taxonomies = List.copyOf(taxonomies);
        generated = List.copyOf(generated);
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** Where a file of the disk appears in the content tree, unless no mount holds it or the generator ignores it. */
    public Optional<ContentFile> locate(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Mount mount : mounts) {
            if (absolute.startsWith(mount.source())) {
                return locateIn(mount, absolute);
            }
        }
        return Optional.empty();
    }

    /** Where one mount puts a file that lies in its source, unless the generator ignores it. */
    public Optional<ContentFile> locateIn(Mount mount, Path file) {
        String inside = mount.source().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (isIgnored(inside)) {
            return Optional.empty();
        }
        String path = mount.target().isEmpty() ? inside : inside.isEmpty() ? mount.target() : mount.target() + "/" + inside;
        return Optional.of(new ContentFile(path, languagesOf(path, mount)));
    }

    /** Whether a file lies in a leaf bundle (a folder with an {@code index.*} page) without being that page. */
    public boolean isBundleResource(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Mount mount : mounts) {
            if (!absolute.startsWith(mount.source())) {
                continue;
            }
            for (Path dir = absolute.getParent(); dir != null && dir.startsWith(mount.source()); dir = dir.getParent()) {
                for (String name : List.of("index.md", "index.markdown", "index.html")) {
                    Path index = dir.resolve(name);
                    if (!index.equals(absolute) && java.nio.file.Files.isRegularFile(index)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return false;
    }

    /** Where a content path of the tree lies on disk: the first mount that can hold it. */
    public List<Path> candidates(String contentPath) {
        String path = contentPath.replaceAll("^/+", "");
        List<Path> found = new ArrayList<>();
        for (Mount mount : mounts) {
            if (mount.target().isEmpty()) {
                found.add(mount.source().resolve(path));
            } else if (path.equals(mount.target())) {
                found.add(mount.source());
            } else if (path.startsWith(mount.target() + "/")) {
                found.add(mount.source().resolve(path.substring(mount.target().length() + 1)));
            }
        }
        return found;
    }

    private boolean isIgnored(String inside) {
        for (String glob : ignored) {
            PathMatcher m = MATCHERS.computeIfAbsent(glob, ContentLayout::compile);
            if (m.matches(Path.of(inside)) || m.matches(Path.of(inside).getFileName())) {
                return true;
            }
        }
        return false;
    }

    /** A glob as Zola reads one; one that is no valid glob ignores nothing. */
    private static PathMatcher compile(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            return path -> false;
        }
    }

    /** A page's languages: its file name's ({@code about.fr.md}), else its mount's, else the default one. */
    private List<String> languagesOf(String path, Mount mount) {
        return languageSuffix(path).map(List::of)
                .orElse(mount.languages().isEmpty() ? List.of(defaultLanguage()) : mount.languages());
    }

    /** The language code a content path carries in its file name, if any. */
    public Optional<String> languageSuffix(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String[] parts = name.split("\\.");
        return parts.length >= 3 && languages.contains(parts[parts.length - 2]) ? Optional.of(parts[parts.length - 2])
                : Optional.empty();
    }

    /** The URL path prefix of a language: none for the default language unless it, too, is in a subfolder. */
    public String languagePrefix(String language) {
        return language.equals(defaultLanguage()) && !defaultLanguageInSubdir ? "" : "/" + language;
    }
}
