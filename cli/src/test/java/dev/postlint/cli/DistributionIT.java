package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: the archives {@code mvn package} builds, unpacked into a folder of
 * their own and run from a site elsewhere, with only a JRE; once through a link on the PATH, as
 * {@code install.sh} makes it.
 */
class DistributionIT {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(Path workDir, Map<String, String> env, String... command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Path site() throws IOException {
        Path site = Files.createDirectories(dir.resolve("my-blog/_posts"));
        Files.writeString(site.getParent().resolve("_config.yml"), "url: https://blog.example.org\n");
        Files.writeString(site.resolve("2024-05-01-spring.md"), "---\ntitle: Spring in the garden\n---\n"
                + "<p style=\"color: green\">Green.</p>\n");
        return site.getParent();
    }

    private Path unpack() throws IOException, InterruptedException {
        Path archive = Path.of(System.getProperty("postlint.distribution") + ".tar.gz");
        Path install = Files.createDirectories(dir.resolve("opt"));
        Map<String, String> shell = Map.of("PATH", "/usr/bin:/bin");
        assertEquals(0, run(dir, shell, "tar", "-xzf", archive.toString(), "-C", install.toString()).code());
        try (var folders = Files.list(install)) {
            return folders.findFirst().orElseThrow();
        }
    }

    @Test
    void theTarballUnpackedAnywhereChecksASiteWithOnlyAJre() throws Exception {
        Path home = unpack();
        assertTrue(home.getFileName().toString().startsWith("postlint-"), home.toString());
        for (String file : List.of("bin/postlint", "bin/postlint.cmd", "lib/postlint.jar", "LICENSE", "NOTICE",
                "THIRD-PARTY.txt", "README.md", "examples/_config.yml")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/postlint")));
        assertTrue(Files.readString(home.resolve("THIRD-PARTY.txt")).contains("flexmark"));

        Path site = site();
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", System.getProperty("java.home"));
        Result check = run(site, env, home.resolve("bin/postlint").toString(), "check", "--offline");
        assertEquals(1, check.code(), check.err());
        assertTrue(check.out().contains("_posts/2024-05-01-spring.md:4:4: error   inline-style"), check.out());

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("postlint"), home.resolve("bin/postlint"));
        Map<String, String> onPath = Map.of("PATH", bin + ":" + System.getProperty("java.home") + "/bin:/usr/bin:/bin");
        Result viaLink = run(site, onPath, bin.resolve("postlint").toString(), "--version");
        assertEquals(0, viaLink.code(), viaLink.err());
        assertTrue(viaLink.out().startsWith("postlint "), viaLink.out());
        Path relative = Files.createSymbolicLink(bin.resolve("postlint-relative"),
                bin.relativize(home.resolve("bin/postlint")));
        Result viaRelativeLink = run(site, onPath, relative.toString(), "check", "--offline");
        assertEquals(1, viaRelativeLink.code(), viaRelativeLink.err());
        assertTrue(viaRelativeLink.out().contains("_posts/2024-05-01-spring.md:4:4: error   inline-style"),
                viaRelativeLink.out());
    }

    /**
     * On two CPUs or fewer the launcher asks for one compiler thread (docs/performance.md); with more, and with
     * options of the user's own, it leaves the JVM's choice. The JVM prints the options it was given.
     */
    @Test
    void oneCompilerThreadOnTwoCpusOrFewer() throws Exception {
        Path home = unpack();
        String launcher = home.resolve("bin/postlint").toString();
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME",
                System.getProperty("java.home"), "JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"));
        String online = Files.readString(Path.of("/sys/devices/system/cpu/online")).strip();
        boolean few = online.equals("0") || online.equals("0-1");
        Result defaults = run(dir, env, launcher, "--version");
        assertEquals(0, defaults.code(), defaults.err());
        assertEquals(few, defaults.out().contains("-XX:CICompilerCount=1 "), online + ": " + defaults.out());
        assertTrue(defaults.out().contains("-XX:TieredStopAtLevel=1 "), defaults.out());

        env.put("POSTLINT_JAVA_OPTS", "-XX:+UseSerialGC");
        Result own = run(dir, env, launcher, "--version");
        assertEquals(0, own.code(), own.err());
        assertTrue(own.out().contains("-XX:+UseSerialGC "), own.out());
        assertFalse(own.out().contains("CICompilerCount"), own.out());
    }

    @Test
    void theZipHoldsTheSameFiles() throws Exception {
        Path archive = Path.of(System.getProperty("postlint.distribution") + ".zip");
        List<String> names = new ArrayList<>();
        try (var zip = new java.util.zip.ZipFile(archive.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName().substring(e.getName().indexOf('/') + 1)));
        }
        assertTrue(names.containsAll(List.of("bin/postlint", "bin/postlint.cmd", "lib/postlint.jar", "LICENSE",
                "NOTICE", "THIRD-PARTY.txt")), names.toString());
    }

    /**
     * The launcher's start-up archive: made once per Java and jar when asked (or on a terminal), then used;
     * made again when the jar is newer; the reports stay the same. The JVM is told to insist on an archive
     * that does not exist, which only the launcher's own archive overrides.
     */
    @Test
    void theStartUpArchiveIsMadeOnceThenUsedAndLeavesReportsAlone() throws Exception {
        startUpArchive(System.getProperty("java.home"), ".jsa",
                "-Xshare:on -XX:SharedArchiveFile=" + dir.resolve("no-such-archive.jsa"));
    }

    /** From Java 25 the launcher makes the ahead-of-time cache instead (a JDK under /usr/lib/jvm, when one is). */
    @Test
    void onJava25TheArchiveIsTheAheadOfTimeCache() throws Exception {
        Path java25;
        try (var jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            java25 = jdks.filter(j -> releaseMajor(j) >= 25).findFirst().orElse(null);
        } catch (IOException e) {
            java25 = null;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(java25 != null, "no Java 25 or later under /usr/lib/jvm");
        startUpArchive(java25.toString(), ".aot", "-XX:AOTMode=on -XX:AOTCache=" + dir.resolve("no-such-cache.aot"));
    }

    private static int releaseMajor(Path jdk) {
        try {
            String release = Files.readString(jdk.resolve("release"));
            var m = java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(release);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private void startUpArchive(String javaHome, String suffix, String insistOnArchive) throws Exception {
        Path home = unpack();
        Path site = site();
        String launcher = home.resolve("bin/postlint").toString();
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", javaHome, "HOME", dir.toString());
        Result without = run(site, with(env, "POSTLINT_CDS", "off"), launcher, "check", "--offline", "--format", "json");
        assertEquals(1, without.code(), without.err());
        assertEquals(List.of(), archives(home, suffix), "not made unless asked or on a terminal");

        Result making = run(site, with(env, "POSTLINT_CDS", "create"), launcher, "check", "--offline", "--format", "json");
        assertEquals(without.out(), making.out());
        assertEquals("", making.err());
        List<Path> made = archives(home, suffix);
        assertEquals(1, made.size(), made.toString());
        var madeAt = Files.getLastModifiedTime(made.get(0));
        if (suffix.equals(".jsa")) {
            // Trained on a run that checks each kind of example post and takes one post's results from the
            // cache: the classes of reading inline HTML and of reading the cache are both in it.
            Result listed = run(site, env, Path.of(javaHome, "bin", "java").toString(),
                    "-XX:SharedArchiveFile=" + made.get(0), "-XX:+PrintSharedArchiveAndExit",
                    "-XX:+PrintSharedDictionary", "-cp", home.resolve("lib/postlint.jar").toString());
            assertEquals(0, listed.code(), listed.err());
            for (String trained : List.of("org.jsoup.parser.HtmlTreeBuilder", "dev.postlint.core.site.SummaryCodec")) {
                assertTrue(listed.out().contains(" " + trained + " app_loader"), trained + " is in the archive");
            }
        }

        Result using = run(site, with(env, "JAVA_TOOL_OPTIONS", insistOnArchive), launcher, "check", "--offline",
                "--format", "json");
        assertEquals(1, using.code(), using.err());
        assertEquals(without.out(), using.out());
        assertEquals(madeAt, Files.getLastModifiedTime(made.get(0)), "used, not made again");

        Files.setLastModifiedTime(home.resolve("lib/postlint.jar"),
                java.nio.file.attribute.FileTime.fromMillis(madeAt.toMillis() + 60_000));
        Result stale = run(site, with(env, "JAVA_TOOL_OPTIONS", insistOnArchive), launcher, "--version");
        assertTrue(stale.code() != 0, "a stale archive is not passed, so the JVM told to insist on one refuses");
        assertEquals(0, run(site, with(env, "POSTLINT_CDS", "create"), launcher, "--version").code());
        assertTrue(Files.getLastModifiedTime(made.get(0)).compareTo(madeAt) > 0, "made again for the newer jar");
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put(name, value);
        return all;
    }

    private static List<Path> archives(Path home, String suffix) throws IOException {
        try (var files = Files.list(home.resolve("lib"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    /**
     * Under the C locale (a bare CI container) Java cannot name a file called "grüße.md": the launcher runs
     * it with a UTF-8 locale, so the post is checked; the jar alone skips it with one line and checks the rest.
     */
    @Test
    void namesBeyondAsciiAreCheckedUnderTheCLocale() throws Exception {
        Path home = unpack();
        Path site = site();
        Files.writeString(site.resolve("_posts/2024-05-02-grüße.md"), "---\ntitle: Grüße aus dem Garten\n---\n"
                + "<p style=\"color: red\">Rot.</p>\n");
        Map<String, String> bare = Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", System.getProperty("java.home"));
        Result launched = run(site, bare, home.resolve("bin/postlint").toString(), "check", "--offline", "--no-cache");
        assertEquals(1, launched.code(), launched.out() + launched.err());
        assertTrue(launched.out().contains("_posts/2024-05-02-grüße.md:4:4: error   inline-style"), launched.out());
        assertTrue(launched.out().contains("_posts/2024-05-01-spring.md:4:4: error   inline-style"), launched.out());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result alone = run(site, bare, java, "-jar", home.resolve("lib/postlint.jar").toString(), "check", "--offline",
                "--no-cache");
        assertEquals(1, alone.code(), alone.out() + alone.err());
        assertTrue(alone.err().matches("postlint: skipped _posts/2024-05-02-gr\\?+e\\.md: its name is not valid in the "
                + "system's character set \\(ANSI_X3\\.4-1968\\); run postlint with a UTF-8 locale, such as "
                + "LANG=C\\.UTF-8\n"), alone.err());
        assertTrue(alone.out().contains("_posts/2024-05-01-spring.md:4:4: error   inline-style"), alone.out());
    }
}
