package dev.postlint.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Looks files up with exact letter case, as a case-sensitive web server does, even on file systems
 * that ignore case; when only a differently cased file exists, says which.
 */
public final class FileLookup {
    /** A file that exists: its real path, and whether the name asked for matched its case exactly. */
    public record Match(Path path, boolean exactCase) {
    }

    private final Map<Path, List<String>> listings = new ConcurrentHashMap<>();
    private final java.util.Set<Path> consulted = ConcurrentHashMap.newKeySet();

    public Optional<Match> find(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.getParent() != null) {
            consulted.add(absolute.getParent());
        }
        Path current = absolute.getRoot();
        boolean exact = true;
        for (Path segment : absolute) {
            String wanted = segment.toString();
            List<String> names = list(current);
            if (names.contains(wanted)) {
                current = current.resolve(wanted);
                continue;
            }
            String lower = wanted.toLowerCase(Locale.ROOT);
            Optional<String> other = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
            if (other.isEmpty()) {
                return Optional.empty();
            }
            exact = false;
            current = current.resolve(other.get());
        }
        return Optional.of(new Match(current, exact));
    }

    /** Records that a folder's whole content was looked at without this lookup (a walk below it). */
    public void note(Path folder) {
        consulted.add(folder.toAbsolutePath().normalize());
    }

    /**
     * The folders whose content decided an answer: the folder of every path asked for, and those noted.
     * Results that depend on the disk stay right while nothing in these folders changes.
     */
    public java.util.Set<Path> consultedFolders() {
        return java.util.Set.copyOf(consulted);
    }

    private List<String> list(Path dir) {
        return listings.computeIfAbsent(dir, d -> {
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(d)) {
                return entries.map(p -> p.getFileName().toString()).toList();
            } catch (IOException e) {
                return List.of();
            }
        });
    }
}
