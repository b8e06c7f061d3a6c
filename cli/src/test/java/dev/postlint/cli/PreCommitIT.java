package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook as a site uses it: the real {@code pre-commit} tool (from PyPI; {@code .ci/run}
 * installs it) in a git repository made here, its config naming this checkout's
 * {@code .pre-commit-hooks.yaml}, postlint on the PATH from the distribution. A bad post blocks the
 * commit; fixed, it goes in.
 */
class PreCommitIT {
    @TempDir
    Path dir;

    record Result(int code, String output) {
    }

    private Result run(Path workDir, Map<String, String> env, String... command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " finished");
        return new Result(p.exitValue(), Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8));
    }

    private static Optional<Path> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(folder, name);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void aBadPostBlocksTheCommitAndAGoodOneGoesIn() throws Exception {
        Optional<Path> preCommit = onPath("pre-commit");
        assumeTrue(preCommit.isPresent(), "pre-commit is not installed (pip install pre-commit); .ci/run installs it");
        Path checkout = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(checkout.resolve(".git")), "this checkout is not a git repository");
        Map<String, String> none = Map.of();
        Result head = run(checkout, none, "git", "rev-parse", "HEAD");
        assertEquals(0, head.code(), head.output());

        Path install = Files.createDirectories(dir.resolve("opt"));
        Path archive = Path.of(System.getProperty("postlint.distribution") + ".tar.gz");
        assertEquals(0, run(dir, none, "tar", "-xzf", archive.toString(), "-C", install.toString(),
                "--strip-components=1").code());
        Map<String, String> env = Map.of(
                "PATH", install.resolve("bin") + ":" + System.getProperty("java.home") + "/bin:"
                        + System.getenv("PATH"),
                "PRE_COMMIT_HOME", dir.resolve("pre-commit-home").toString(),
                "GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.org",
                "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.org");

        Path site = Files.createDirectories(dir.resolve("blog"));
        assertEquals(0, run(site, env, "git", "init", "-q").code());
        Files.writeString(site.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + checkout + "\n    rev: "
                + head.output().strip() + "\n    hooks:\n      - id: postlint\n");
        Files.writeString(site.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        Result installed = run(site, env, preCommit.get().toString(), "install");
        assertEquals(0, installed.code(), installed.output());

        Path post = Files.writeString(site.resolve("spring.md"), "---\ntitle: Spring\n---\n<b style=\"x\">Bold</b>\n");
        assertEquals(0, run(site, env, "git", "add", "-A").code());
        Result blocked = run(site, env, "git", "commit", "-q", "-m", "a bad post");
        assertEquals(1, blocked.code(), blocked.output());
        assertTrue(blocked.output().contains("spring.md:4:4: error   inline-style"), blocked.output());

        Files.writeString(post, "---\ntitle: Spring\n---\n**Bold**\n");
        assertEquals(0, run(site, env, "git", "add", "-A").code());
        Result passed = run(site, env, "git", "commit", "-q", "-m", "a good post");
        assertEquals(0, passed.code(), passed.output());
    }
}
