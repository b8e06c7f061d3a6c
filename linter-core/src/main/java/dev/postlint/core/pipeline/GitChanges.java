package dev.postlint.core.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed in a git working tree against a ref, for {@code check --changed}: committed since
 * the ref, staged, modified and new (untracked, not ignored). Without a ref, the merge base with the
 * default branch ({@code origin/HEAD}, else {@code main} or {@code master}), as a pull request sees it.
 * git runs as a separate process, with the environment of the process that asked for the check (the
 * launcher's, when the resident process serves it); the ref is checked to name a commit and never read as
 * an option.
 */
final class GitChanges {
    private static final long TIMEOUT_SECONDS = 60;

    private GitChanges() {
    }

    /** Absolute, normalized paths of the changed files. */
    static Set<Path> since(Path dir, Optional<String> ref, Map<String, String> environment) throws CheckException {
        Git git = new Git(dir, environment);
        Path top = Path.of(git.run("rev-parse", "--show-toplevel").strip());
        String base = ref.isPresent() ? commit(git, ref.get()) : defaultBase(git);
        Set<Path> changed = new HashSet<>();
        for (String name : split(git.run("diff", "--name-only", "-z", "--no-renames", base, "--"))) {
            changed.add(top.resolve(name).normalize());
        }
        for (String name : split(git.run("ls-files", "-z", "--others", "--exclude-standard", "--full-name"))) {
            changed.add(top.resolve(name).normalize());
        }
        return changed;
    }

    private static String commit(Git git, String ref) throws CheckException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new CheckException("--changed: '" + ref + "' is not a git ref");
        }
        try {
            return git.run("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}").strip();
        } catch (CheckException e) {
            throw new CheckException("--changed: '" + ref + "' names no commit in " + git.dir());
        }
    }

    private static String defaultBase(Git git) throws CheckException {
        List<String> candidates = new ArrayList<>();
        try {
            candidates.add(git.run("symbolic-ref", "--quiet", "refs/remotes/origin/HEAD").strip());
        } catch (CheckException e) {
            // No remote default branch known; try the usual names.
        }
        candidates.addAll(List.of("origin/main", "origin/master", "main", "master"));
        for (String candidate : candidates) {
            try {
                return git.run("merge-base", "HEAD", commit(git, candidate)).strip();
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

    /** git in a folder, with an environment. */
    private record Git(Path dir, Map<String, String> environment) {
        /** git's standard output for these arguments. */
        String run(String... args) throws CheckException {
            List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
            command.addAll(List.of(args));
            Process process;
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
                builder.environment().clear();
                builder.environment().putAll(environment);
                process = builder.start();
            } catch (IOException e) {
                throw new CheckException("--changed needs git, which could not be run (" + e.getMessage() + ")");
            }
            try (InputStream out = process.getInputStream()) {
                process.getOutputStream().close();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                out.transferTo(bytes);
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new CheckException("--changed: git " + args[0] + " did not finish in " + TIMEOUT_SECONDS
                            + " s");
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
}
