package dev.postlint.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * What the git work tree a folder lies in ignores: its {@code .gitignore} files, each for its own folder
 * and below, and {@code .git/info/exclude}, read with JGit's rules, as {@code git status} sees them.
 * Outside a work tree nothing is ignored.
 */
public final class GitIgnores {
    /** Rules that ignore nothing. */
    public static final GitIgnores NONE = new GitIgnores(null);

    private final Path top;
    private final Map<Path, Optional<IgnoreNode>> nodes = new ConcurrentHashMap<>();

    private GitIgnores(Path top) {
        this.top = top;
    }

    /** The rules of the work tree {@code start} is in, if any. */
    public static GitIgnores of(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return new GitIgnores(dir);
            }
        }
        return new GitIgnores(null);
    }

    /** Whether git ignores the file or folder; a folder's own rules come first, then its parents'. */
    public boolean isIgnored(Path path, boolean directory) {
        if (top == null) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(top) || absolute.equals(top)) {
            return false;
        }
        for (Path dir = absolute.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
            String relative = dir.relativize(absolute).toString().replace('\\', '/');
            Optional<Boolean> verdict = verdict(rules(dir.resolve(".gitignore")), relative, directory);
            if (verdict.isEmpty() && dir.equals(top)) {
                verdict = verdict(rules(top.resolve(".git").resolve("info").resolve("exclude")), relative, directory);
            }
            if (verdict.isPresent()) {
                return verdict.get();
            }
        }
        return false;
    }

    private static Optional<Boolean> verdict(Optional<IgnoreNode> node, String relative, boolean directory) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return switch (node.get().isIgnored(relative, directory)) {
            case IGNORED -> Optional.of(true);
            case NOT_IGNORED -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private Optional<IgnoreNode> rules(Path file) {
        return nodes.computeIfAbsent(file, f -> {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            IgnoreNode node = new IgnoreNode();
            try (InputStream in = new java.io.ByteArrayInputStream(BoundedFiles.read(f))) {
                node.parse(f.toString(), in);
                return Optional.of(node);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
