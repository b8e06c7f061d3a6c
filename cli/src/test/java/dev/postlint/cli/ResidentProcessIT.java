package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident process ({@code POSTLINT_DAEMON=on}) as a user runs it: the distribution's launcher, real
 * processes, a real loopback connection. Each run through it reports what a JVM of its own reports.
 */
class ResidentProcessIT {
    @TempDir
    Path dir;
    private Path launcher;
    private Path runtime;
    private Map<String, String> env;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void unpack() throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", "echo $((BASH_VERSINFO[0] * 100 + BASH_VERSINFO[1]))").start();
        String version = new String(bash.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        org.junit.jupiter.api.Assumptions.assumeTrue(!version.isEmpty() && Integer.parseInt(version) >= 404,
                "the resident process needs bash 4.4 or later, this machine has " + version);
        Path archive = Path.of(System.getProperty("postlint.distribution") + ".tar.gz");
        Path install = Files.createDirectories(dir.resolve("opt"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", install.toString()).start();
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0, "unpacked");
        try (Stream<Path> folders = Files.list(install)) {
            launcher = folders.findFirst().orElseThrow().resolve("bin/postlint");
        }
        runtime = Files.createDirectory(dir.resolve("run"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        env = new HashMap<>(Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(), "LANG", "C.UTF-8",
                "XDG_RUNTIME_DIR", runtime.toString(), "POSTLINT_CDS", "off", "POSTLINT_DAEMON", "on"));
        Optional.ofNullable(System.getenv("JAVA_HOME")).ifPresent(home -> env.put("JAVA_HOME", home));
    }

    @AfterEach
    void stop() throws Exception {
        Optional<ProcessHandle> server = server();
        run(dir, Map.of("POSTLINT_DAEMON", "stop"), Optional.empty(), "check");
        server.ifPresent(s -> s.onExit().orTimeout(20, TimeUnit.SECONDS).join());
    }

    private Result run(Path workDir, Map<String, String> extra, Optional<String> stdin, String... args)
            throws IOException, InterruptedException {
        return run(launcher, workDir, extra, stdin, args);
    }

    private Result runWith(Path launcher, Path workDir, Map<String, String> extra, String... args)
            throws IOException, InterruptedException {
        return run(launcher, workDir, extra, Optional.empty(), args);
    }

    private Result run(Path launcher, Path workDir, Map<String, String> extra, Optional<String> stdin, String... args)
            throws IOException, InterruptedException {
        Process p = start(launcher, workDir, extra, "", args);
        try (var in = p.getOutputStream()) {
            if (stdin.isPresent()) {
                in.write(stdin.get().getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** The launcher started, its output going to out{@code suffix}.txt and err{@code suffix}.txt. */
    private Process start(Path launcher, Path workDir, Map<String, String> extra, String suffix, String... args)
            throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(dir.resolve("out" + suffix + ".txt").toFile())
                .redirectError(dir.resolve("err" + suffix + ".txt").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().putAll(extra);
        return builder.start();
    }

    private Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), Optional.empty(), args);
    }

    private Path site(String name, String title) throws IOException {
        Path posts = Files.createDirectories(dir.resolve(name).resolve("_posts"));
        Files.writeString(posts.getParent().resolve("_config.yml"), "url: https://blog.example.org\n");
        Files.writeString(posts.resolve("2024-05-01-spring.md"), "---\ntitle: " + title + "\n---\n\n"
                + "Some words.\n\n<p style=\"color: green\">Green.</p>\n\n![](missing.png)\n");
        return posts.getParent();
    }

    private Path serverFile() throws IOException {
        try (Stream<Path> files = Files.walk(runtime)) {
            return files.filter(f -> f.getFileName().toString().equals("server")).findFirst().orElseThrow();
        }
    }

    private Optional<ProcessHandle> server() throws IOException {
        try (Stream<Path> files = Files.walk(runtime)) {
            Optional<Path> file = files.filter(f -> f.getFileName().toString().equals("server")).findFirst();
            if (file.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(file.get()).split(" ")[1]));
        }
    }

    @Test
    void runsServedByOneProcessReportWhatAJvmOfItsOwnReports() throws Exception {
        Path site = site("blog", "Spring in the garden");
        Result own = run(site, Map.of("POSTLINT_DAEMON", "off"), Optional.empty(), "check", "--format", "json",
                "--no-cache");
        assertEquals(1, own.code(), own.err());
        assertTrue(own.out().contains("\"rule\": \"inline-style\""), own.out());
        assertTrue(server().isEmpty(), "no server without POSTLINT_DAEMON");

        Result first = run(site, "check", "--format", "json");
        ProcessHandle server = server().orElseThrow();
        Result second = run(site, "check", "--format", "json");
        assertEquals(server.pid(), server().orElseThrow().pid(), "the same server");
        assertTrue(server.isAlive());
        assertNotEquals(ProcessHandle.current().pid(), server.pid());
        for (Result served : List.of(first, second)) {
            assertEquals(own, served);
        }

        // Another folder, its own arguments and environment: relative paths and the GitHub annotations
        // follow the launcher's folder and variables, not the server's.
        Path other = site("other", "Autumn");
        Result there = run(other.resolve("_posts"), Map.of("GITHUB_ACTIONS", "true"), Optional.empty(), "check",
                "2024-05-01-spring.md", "--offline");
        assertEquals(1, there.code());
        assertTrue(there.out().startsWith("2024-05-01-spring.md:1:1: warning description-length"), there.out());
        assertTrue(there.out().contains("2024-05-01-spring.md:2:8: warning title-length"), there.out());
        assertTrue(there.out().contains("\n::error file=2024-05-01-spring.md,line=7,col=4,title=inline-style::"),
                there.out());
        assertEquals(server.pid(), server().orElseThrow().pid());
        Result missing = run(other, "check", "no-such-folder");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such-folder"), missing.err());
    }

    /** The server parses each run's arguments into the same command: nothing of one run is left for the next. */
    @Test
    void theOptionsOfOneRunDoNotCarryOverToTheNext() throws Exception {
        Path site = site("blog", "Spring in the garden");
        Path report = dir.resolve("report.sarif");
        Result first = run(site, "check", "--format", "sarif", "--output", report.toString(), "--format", "json",
                "--disable", "inline-style", "--fail-on", "never", "--quiet", "--no-cache");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("\"rule\": \"image-alt-missing\""), first.out());
        assertFalse(first.out().contains("\"rule\": \"inline-style\""), first.out());
        assertTrue(Files.exists(report));
        long pid = server().orElseThrow().pid();
        Result own = run(site, Map.of("POSTLINT_DAEMON", "off"), Optional.empty(), "check", "--no-cache");
        Result served = run(site, "check", "--no-cache");
        assertEquals(pid, server().orElseThrow().pid(), "served");
        assertEquals(1, served.code());
        assertTrue(served.out().contains("error   inline-style"), served.out());
        assertEquals(own.out().replaceAll("\\(\\d+\\.\\d+ s\\)", "(s)"),
                served.out().replaceAll("\\(\\d+\\.\\d+ s\\)", "(s)"));
        assertEquals(own.err(), served.err());
    }

    @Test
    void runsOneAfterAnotherAreAllServedByTheSameProcess() throws Exception {
        // More runs within the pairing time (10 s) than the server takes connections at once (48, three a
        // run): a run's output connections must not stay counted after the run took them.
        Path site = site("busy", "Spring in the garden");
        Result first = run(site, "check", "--format", "json");
        assertEquals(1, first.code(), first.err());
        long pid = server().orElseThrow().pid();
        for (int i = 0; i < 40; i++) {
            assertEquals(first, run(site, "check", "--format", "json"), "run " + i);
        }
        assertEquals(pid, server().orElseThrow().pid(), "the same server");
    }

    /**
     * Installed as install.sh does it, through a link (here a relative one, in a folder beside the
     * distribution's): the launcher finds its jar, and the run is served by the server the launcher itself started.
     */
    @Test
    void aRunThroughALinkIsServedByTheSameProcess() throws Exception {
        Path site = site("blog", "Spring in the garden");
        Result direct = run(site, "check", "--format", "json");
        long pid = server().orElseThrow().pid();
        Path bin = Files.createDirectories(dir.resolve("home/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("postlint"), bin.relativize(launcher));
        Result linked = runWith(link, site, Map.of(), "check", "--format", "json");
        assertEquals(direct, linked);
        assertEquals(pid, server().orElseThrow().pid(), "the same server");
        Result errors = runWith(link, site, Map.of(), "check", "no-such-folder");
        assertEquals(2, errors.code());
        assertEquals("postlint: no such file or folder: no-such-folder\n", errors.err());
        assertEquals(pid, server().orElseThrow().pid(), "served too");
    }

    /**
     * A launcher that goes away (Ctrl-C, a cancelled editor task) stops its run in the server. Here the run
     * waits on a link whose server takes the connection and never answers (20 s a try, and retries): it is
     * given up, so its report is never written, and the next run is served without waiting for it.
     */
    @Test
    void aRunWhoseLauncherWentAwayIsStopped() throws Exception {
        Path quick = site("quick", "Spring in the garden");
        assertEquals(1, run(quick, "check", "--offline").code());
        long pid = server().orElseThrow().pid();
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Path slow = site("slow", "Autumn leaves in the garden");
            Files.writeString(slow.resolve(".postlint.yml"), "links:\n  allowPrivateAddresses: [127.0.0.1]\n");
            Files.writeString(slow.resolve("_posts/2024-05-02-link.md"), "---\ntitle: A link to a silent server\n"
                    + "---\n\n[The page](http://127.0.0.1:" + silent.getLocalPort() + "/page).\n");
            Path report = dir.resolve("slow.json");
            Process gone = start(launcher, slow, Map.of(), "-slow", "check", "--format", "json", "--output",
                    report.toString());
            silent.setSoTimeout(60_000);
            try (Socket asked = silent.accept()) {
                gone.destroy();
                assertTrue(gone.waitFor(20, TimeUnit.SECONDS));
                Result next = run(quick, "check", "--offline");
                assertEquals(1, next.code(), next.err());
                assertEquals(pid, server().orElseThrow().pid(), "the same server");
            }
            assertFalse(Files.exists(report), "the run stopped before its report");
        }
    }

    /**
     * git, for {@code --changed}, runs with the launcher's environment, not the server's: here the
     * launcher's HOME holds a git config whose ignore file names the one new post, which a run with the
     * server's HOME would report.
     */
    @Test
    void gitRunsWithTheLaunchersEnvironment() throws Exception {
        Path site = site("repo", "Spring in the garden");
        assertEquals(1, run(site, "check", "--offline").code());
        long pid = server().orElseThrow().pid();
        for (List<String> args : List.of(List.of("init", "-q"), List.of("add", "-A"),
                List.of("commit", "-q", "-m", "first"))) {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", site.toString(), "-c",
                    "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
            command.addAll(args);
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            git.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertTrue(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0, String.join(" ", command));
        }
        Files.writeString(site.resolve("_posts/2024-05-02-new.md"), "---\ntitle: A new post in the garden\n---\n\n"
                + "<i style=\"x\">New.</i>\n");
        Path home = Files.createDirectories(dir.resolve("other-home"));
        Files.writeString(home.resolve("ignored"), "2024-05-02-new.md\n");
        Files.writeString(home.resolve(".gitconfig"), "[core]\n\texcludesFile = " + home.resolve("ignored") + "\n");
        Map<String, String> otherHome = Map.of("HOME", home.toString());

        Result own = run(site, Map.of("POSTLINT_DAEMON", "off", "HOME", home.toString()), Optional.empty(), "check",
                "--offline", "--no-cache", "--format", "json", "--changed=HEAD");
        Result served = run(site, otherHome, Optional.empty(), "check", "--offline", "--no-cache", "--format", "json",
                "--changed=HEAD");
        assertEquals(pid, server().orElseThrow().pid(), "served");
        assertEquals(own, served);
        assertFalse(served.out().contains("2024-05-02-new.md"), served.out());
        Result serversHome = run(site, "check", "--offline", "--no-cache", "--format", "json", "--changed=HEAD");
        assertTrue(serversHome.out().contains("2024-05-02-new.md"), "the post counts as changed without that config");
    }

    /**
     * A Java that is not there, or one that cannot start, is left to the launcher at once, which says what
     * is wrong; the launcher used to wait 15 s for a server that could not start.
     */
    @Test
    void aJavaThatCannotStartIsReportedWithoutWaitingForAServer() throws Exception {
        Path site = site("blog", "Spring in the garden");
        long started = System.nanoTime();
        Result missing = run(site, Map.of("JAVA_HOME", dir.resolve("no-java").toString()), Optional.empty(), "check");
        assertEquals(3, missing.code());
        assertEquals("postlint: Java 17 or later is needed; install a JRE or set JAVA_HOME\n", missing.err());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "no wait for a server");

        started = System.nanoTime();
        Result tooSmall = run(site, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1k"), Optional.empty(), "check");
        assertNotEquals(0, tooSmall.code());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "no wait for a server");
        assertTrue(server().isEmpty());
    }

    @Test
    void aPostOnStandardInputIsCheckedByTheLaunchersOwnJvm() throws Exception {
        Path site = site("blog", "Spring in the garden");
        Result result = run(site, Map.of(), Optional.of("---\ntitle: From the pipe\n---\n\n<b style=\"x\">B</b>\n"),
                "check", "-", "--stdin-filename", "_posts/2024-06-01-pipe.md", "--offline");
        assertEquals(1, result.code(), result.err());
        assertTrue(result.out().contains("_posts/2024-06-01-pipe.md:5:4: error   inline-style"), result.out());
        assertTrue(server().isEmpty(), "standard input does not go to a server");
    }

    @Test
    void theServersFileIsTheUsersAloneAndARequestWithoutItsTokenIsDropped() throws Exception {
        Path site = site("blog", "Spring in the garden");
        assertEquals(1, run(site, "check", "--offline").code());
        Path file = serverFile();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        int port = Integer.parseInt(Files.readString(file).split(" ")[0]);
        Path report = dir.resolve("stolen.json");
        try (Socket out = new Socket(InetAddress.getLoopbackAddress(), port);
             Socket err = new Socket(InetAddress.getLoopbackAddress(), port);
             Socket request = new Socket(InetAddress.getLoopbackAddress(), port)) {
            String token = "0".repeat(64);
            out.getOutputStream().write(("out\0" + token + "\0x\0").getBytes(StandardCharsets.UTF_8));
            err.getOutputStream().write(("err\0" + token + "\0x\0").getBytes(StandardCharsets.UTF_8));
            request.getOutputStream().write(("run\0" + token + "\0x\0" + site + "\0" + "0\0" + "0\0" + "5\0"
                    + "check\0--format\0json\0--output\0" + report + "\0").getBytes(StandardCharsets.UTF_8));
            request.setSoTimeout(20_000);
            try (InputStream answer = request.getInputStream()) {
                assertEquals(-1, answer.read(), "closed without an answer");
            }
        }
        assertFalse(Files.exists(report), "nothing ran");
        assertEquals(1, run(site, "check", "--offline").code(), "the server still serves its user");
    }

    @Test
    void theServerStopsWhenAskedAndAfterItsIdleTime() throws Exception {
        Path site = site("blog", "Spring in the garden");
        assertEquals(1, run(site, "check", "--offline").code());
        ProcessHandle server = server().orElseThrow();
        assertEquals(0, run(site, Map.of("POSTLINT_DAEMON", "stop"), Optional.empty(), "check").code());
        server.onExit().orTimeout(20, TimeUnit.SECONDS).join();
        assertTrue(server().isEmpty(), "the server file is gone");

        assertEquals(1, run(site, Map.of("POSTLINT_DAEMON_IDLE", "0"), Optional.empty(), "check", "--offline").code());
        ProcessHandle idle = server().orElseThrow();
        assertNotEquals(server.pid(), idle.pid());
        idle.onExit().orTimeout(20, TimeUnit.SECONDS).join();
    }

    /** A new jar (an upgrade, a rebuild) stops the old server at its next look, long before its idle time. */
    @Test
    void aChangedJarStopsTheServerAndTheNextRunStartsANewOne() throws Exception {
        Path site = site("blog", "Spring in the garden");
        Map<String, String> oneMinute = Map.of("POSTLINT_DAEMON_IDLE", "1");
        assertEquals(1, run(site, oneMinute, Optional.empty(), "check", "--offline").code());
        ProcessHandle old = server().orElseThrow();
        Path jar = launcher.getParent().resolveSibling("lib/postlint.jar");
        long started = System.nanoTime();
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        old.onExit().orTimeout(45, TimeUnit.SECONDS).join();
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(45), "stopped before its idle minute");
        assertEquals(1, run(site, "check", "--offline").code());
        assertNotEquals(old.pid(), server().orElseThrow().pid());
    }
}
