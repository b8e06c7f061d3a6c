package dev.postlint.core.run;

import dev.postlint.core.config.Config;
import dev.postlint.core.io.Sha256;
import dev.postlint.core.site.SiteLocator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a whole run's findings depend on, besides postlint's version and rule settings (which key the
 * whole result cache): which files it checks, the site and link settings, and the state of the folders
 * around them: the sites' roots (with their own configuration), their content and static mounts, and
 * for files outside any site, the folder that holds them all. Those folders, the checked files among
 * them, are fingerprinted by names, sizes and times ({@link TreeFingerprint}); a run whose answers looked
 * anywhere else on disk is not kept ({@link #covers}).
 *
 * @param key the digest that must be equal for an earlier run's findings to be taken
 * @param areas the fingerprinted folders, none inside another
 */
record WholeRunKey(String key, List<Path> areas) {
    static final int MIN_ENTRIES = 2_000;
    static final int ENTRIES_PER_FILE = 20;

    /**
     * The key of a run of these files; none when it cannot be told whether their surroundings stay the
     * same: a post read from standard input, files outside any site spread over the whole disk, folders
     * of more than {@link #ENTRIES_PER_FILE} entries per file checked (and {@link #MIN_ENTRIES}), or a file
     * just written.
     */
    static Optional<WholeRunKey> of(List<InputFile> inputs, SiteLocator sites, Config config) {
        Set<Path> areas = new TreeSet<>();
        Path loose = null;
        for (InputFile input : inputs) {
            if (input.content().isPresent()) {
                return Optional.empty();
            }
            Path dir = input.path().toAbsolutePath().normalize().getParent();
            Optional<Path> root = sites.rootOf(dir);
            if (root.isPresent()) {
                areas.add(root.get());
                sites.settingsOf(root.get()).layout().ifPresent(layout -> {
                    layout.mounts().forEach(m -> areas.add(m.source()));
                    layout.staticMounts().forEach(m -> areas.add(m.source()));
                });
            } else {
                loose = loose == null ? dir : common(loose, dir);
            }
        }
        if (loose != null) {
            if (loose.getNameCount() < 2) {
                return Optional.empty();
            }
            areas.add(loose);
        }
        List<Path> outermost = outermost(areas);
        // Looking around costs a few stat calls per entry: at most some per file checked, so that checking
        // one post of a large site does not walk all of it.
        int maxEntries = Math.max(MIN_ENTRIES, ENTRIES_PER_FILE * inputs.size());
        Optional<String> fingerprint = TreeFingerprint.of(outermost,
                Set.of(config.links().cacheDir().toAbsolutePath().normalize()), maxEntries);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("whole-run 1\n").append(config.site()).append('\n')
                .append(config.links()).append('\n').append(fingerprint.get()).append('\n');
        inputs.stream().sorted(Comparator.comparing(InputFile::displayPath)).forEach(i -> text.append(i.displayPath())
                .append('\t').append(i.path().toAbsolutePath().normalize()).append('\n'));
        return Optional.of(new WholeRunKey(Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8)), outermost));
    }

    /** Whether every folder an answer depended on lies in a fingerprinted folder. */
    boolean covers(Collection<Path> consulted) {
        return consulted.stream().allMatch(folder -> areas.stream().anyMatch(folder::startsWith));
    }

    private static Path common(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) {
            p = p.getParent();
        }
        return p == null ? a.getRoot() : p;
    }

    private static List<Path> outermost(Set<Path> areas) {
        List<Path> kept = new ArrayList<>();
        for (Path area : areas) {
            if (kept.stream().noneMatch(area::startsWith)) {
                kept.add(area);
            }
        }
        return kept;
    }
}
