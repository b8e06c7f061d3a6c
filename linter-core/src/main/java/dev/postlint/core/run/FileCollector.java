package dev.postlint.core.run;

import dev.postlint.core.config.Config;
import dev.postlint.core.io.FileTree;
import dev.postlint.core.io.GitIgnores;
import dev.postlint.core.io.Glob;
import dev.postlint.core.site.Generator;
import dev.postlint.core.site.GeneratorConfig;
import dev.postlint.core.site.SiteLocator;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands the paths a user names into the files to check. Folders are searched for files matching
 * the config's {@code include} globs; {@code exclude} globs apply to files and folders alike. Globs
 * are matched against the path relative to the config file's folder (or, for files outside it,
 * relative to the folder named). In a Hugo or Zola site a folder yields only the files of its content
 * folders and mounts; in a Jekyll site, none that its {@code exclude:} lists. A file named directly is
 * checked whatever its extension and place. Relative
 * paths are taken from {@code workingDir} and shown as the user wrote them.
 */
public final class FileCollector {
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final Path baseDir;
    private final Path workingDir;
    private final SiteLocator sites;
    private final Map<Path, List<PathMatcher>> jekyllExcludes = new HashMap<>();
    private final boolean gitignore;
    private final List<String> skipped = new ArrayList<>();

    public FileCollector(Config config, Path workingDir) {
        this.include = matchers(config.include());
        this.exclude = matchers(config.exclude());
        this.baseDir = config.baseDir().toAbsolutePath().normalize();
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.sites = new SiteLocator(config.site());
        this.gitignore = config.gitignore();
    }

    public FileCollector(Config config) {
        this(config, Path.of(""));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(Glob.of(glob));
        }
        return matchers;
    }

    /** The files of the arguments; the first argument that names nothing is an exception. */
    public List<InputFile> collect(List<String> arguments) throws NoSuchFileException {
        List<String> missing = new ArrayList<>();
        List<InputFile> files = collect(arguments, missing);
        if (!missing.isEmpty()) {
            throw new NoSuchFileException(missing.get(0));
        }
        return files;
    }

    /** The files of the arguments that exist; those that name nothing are added to {@code missing}. */
    public List<InputFile> collect(List<String> arguments, List<String> missing) {
        Map<Path, InputFile> files = new LinkedHashMap<>();
        for (String argument : arguments) {
            Path path = workingDir.resolve(argument);
            if (Files.isRegularFile(path)) {
                if (!matchesAny(exclude, relative(path, path.getParent()))) {
                    files.putIfAbsent(path.normalize(), new InputFile(argument, path));
                }
            } else if (Files.isDirectory(path)) {
                walk(argument, path, files);
            } else {
                missing.add(argument);
            }
        }
        return List.copyOf(files.values());
    }

    private void walk(String argument, Path root, Map<Path, InputFile> files) {
        GitIgnores git = gitignore ? GitIgnores.of(root) : GitIgnores.NONE;
        // A folder is skipped when a file inside it would be excluded, e.g. by "**/node_modules/**".
        FileTree.walk(root, dir -> !matchesAny(exclude, relative(dir, root) + "/x") && !git.isIgnored(dir, true),
                file -> {
            String rel = relative(file, root);
            if (matchesAny(include, rel) && !matchesAny(exclude, rel) && !git.isIgnored(file, false)
                    && isContent(file)) {
                String display = displayPath(argument, root.relativize(file));
                files.putIfAbsent(file.normalize(), new InputFile(display, file));
            }
        }, (path, why) -> {
            String rel = relative(path, root);
            boolean wanted = Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? !matchesAny(exclude, rel + "/x") : matchesAny(include, rel) && !matchesAny(exclude, rel);
            if (wanted) {
                skipped.add(displayPath(argument, root.relativize(path)) + ": " + why);
            }
        });
    }

    /** The files and folders the walk left out that would have been checked: links, unreadable entries. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    /**
     * Whether the generator of the file's site renders it: in a Hugo or Zola site only what its content
     * folders or mounts hold and it does not ignore (not a README at the root, layouts, templates, themes
     * or tests); in a Jekyll site what its {@code exclude:} does not list.
     */
    private boolean isContent(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        Optional<Path> site = sites.rootOf(dir);
        if (site.isEmpty()) {
            return true;
        }
        Generator generator = sites.generatorOf(site.get());
        Path absolute = file.toAbsolutePath().normalize();
        if (generator == Generator.JEKYLL) {
            String rel = site.get().relativize(absolute).toString().replace('\\', '/');
            return jekyllExcludes.computeIfAbsent(site.get(), FileCollector::jekyllMatchers).stream()
                    .noneMatch(m -> m.matches(Path.of(rel)) || m.matches(Path.of(rel.substring(0, Math.max(0,
                            rel.lastIndexOf('/'))))));
        }
        return sites.settingsOf(site.get()).layout().map(layout -> layout.locate(absolute).isPresent())
                .orElse(true);
    }

    /** Jekyll's exclude entries as globs: an entry names a file, a folder and all below it, or a pattern. */
    private static List<PathMatcher> jekyllMatchers(Path root) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String entry : GeneratorConfig.jekyllExcludes(root)) {
            String glob = entry.replaceAll("^/+|/+$", "");
            if (glob.isEmpty()) {
                continue;
            }
            try {
                matchers.add(Glob.of(glob));
                matchers.add(Glob.of(glob + "/**"));
            } catch (IllegalArgumentException e) {
                // An entry that is no valid glob excludes nothing, as a literal name rarely holds such characters.
            }
        }
        return matchers;
    }

    private static String displayPath(String argument, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        if (argument.equals(".") || argument.equals("./")) {
            return rel;
        }
        return argument.endsWith("/") ? argument + rel : argument + "/" + rel;
    }

    /** Path of {@code file} relative to the config folder when inside it, else to {@code fallback}. */
    private String relative(Path file, Path fallback) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = abs.startsWith(baseDir) ? baseDir
                : (fallback == null ? abs.getParent() : fallback.toAbsolutePath().normalize());
        return base == null ? abs.toString() : base.relativize(abs).toString().replace('\\', '/');
    }

    /**
     * Whether a pattern matches the path. A name the system's character set could not decode (U+FFFD in
     * its text; FileTree skips such files) is matched with '_' in its place, since no path can hold it.
     */
    private static boolean matchesAny(List<PathMatcher> matchers, String relative) {
        String nameable = relative.replace('\uFFFD', '_');
        Path asIs = Path.of(nameable.isEmpty() ? "." : nameable);
        Path rooted = Path.of("/" + nameable);
        for (PathMatcher m : matchers) {
            if (m.matches(asIs) || m.matches(rooted)) {
                return true;
            }
        }
        return false;
    }
}
