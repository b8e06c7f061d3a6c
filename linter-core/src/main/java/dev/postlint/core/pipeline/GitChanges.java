package dev.postlint.core.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed in a git working tree against a ref, for {@code check --changed}: committed since
 * the ref, staged, modified and new (untracked, not ignored). Without a ref, the merge base with the
 * default branch ({@code origin/HEAD}, else {@code main} or {@code master}), as a pull request sees it.
 * git runs as a separate process; the ref is checked to name a commit and never read as an option.
 */
final class GitChanges {
    private static final long TIMEOUT_SECONDS = 60;

    private GitChanges() {
    }

    /** Absolute, normalized paths of the changed files. */
    static Set<Path> since(Path dir, Optional<String> ref) throws CheckException {
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
        String base = ref.isPresent() ? commit(dir, ref.get()) : defaultBase(dir);
        Set<Path> changed = new HashSet<>();
        for (String name : split(git(dir, "diff", "--name-only", "-z", "--no-renames", base, "--"))) {
            changed.add(top.resolve(name).normalize());
        }
        for (String name : split(git(dir, "ls-files", "-z", "--others", "--exclude-standard", "--full-name"))) {
            changed.add(top.resolve(name).normalize());
        }
        return changed;
    }

    private static String commit(Path dir, String ref) throws CheckException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new CheckException("--changed: '" + ref + "' is not a git ref");
        }
        try {
            return git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}").strip();
        } catch (CheckException e) {
            throw new CheckException("--changed: '" + ref + "' names no commit in " + dir);
        }
    }

    private static String defaultBase(Path dir) throws CheckException {
        List<String> candidates = new ArrayList<>();
        try {
            candidates.add(git(dir, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD").strip());
        } catch (CheckException e) {
            // No remote default branch known; try the usual names.
        }
        candidates.addAll(List.of("origin/main", "origin/master", "main", "master"));
        for (String candidate : candidates) {
            try {
                return git(dir, "merge-base", "HEAD", commit(dir, candidate)).strip();
            } catch (CheckException e) {
                // Not there; the next one.
            }
        }
        throw new CheckException("--changed: no default branch (origin/HEAD, main or master) to compare with; "
                + "name a ref, such as --changed=origin/develop");
    }

    private static List<String> split(String nulSeparated) {
        List<String> names = new ArrayList<>();
        for (String name : nulSeparated.split("\0")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String git(Path dir, String... args) throws CheckException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new CheckException("--changed needs git, which could not be run (" + e.getMessage() + ")");
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.transferTo(bytes);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new CheckException("--changed: git " + args[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new CheckException("--changed: " + dir + " is not in a git repository, or git " + args[0]
                        + " failed");
            }
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CheckException("--changed: reading from git failed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new CheckException("--changed: interrupted");
        }
    }
}
