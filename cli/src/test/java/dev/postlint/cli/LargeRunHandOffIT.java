package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as the launcher runs it (C1 only), with {@code POSTLINT_LARGE_RUN} lowered so that a
 * site of four posts counts as large: the check goes to a second JVM with C2 and reports what one JVM would.
 * {@code -XX:+PrintCommandLineFlags} makes each JVM print its options on standard output, so the report
 * goes to a file and standard output shows which JVMs ran.
 */
class LargeRunHandOffIT {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** What the launcher adds on two CPUs or fewer; C2 gets the JVM's own number of compiler threads. */
    private static final String ONE_COMPILER_THREAD = "-XX:CICompilerCount=1";

    @TempDir
    Path dir;

    private record Result(int code, List<String> jvms, String report, String err) {
    }

    private Path site() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        for (int i = 1; i <= 4; i++) {
            Files.writeString(site.resolve("post-" + i + ".md"), "---\ntitle: Post " + i + " of a site that is large "
                    + "enough\n---\n# Post " + i + "\n\n### Skipped a level\n\n![](missing-" + i + ".png)\n");
        }
        return site;
    }

    private ProcessBuilder command(Path site, String largeRun, List<String> jvmOptions, String... args) {
        return command(site, ".", largeRun, jvmOptions, args);
    }

    /** The jar run in the site's folder, checking {@code target}. */
    private ProcessBuilder command(Path site, String target, String largeRun, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintCommandLineFlags"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of(System.getProperty("postlint.jar")).toAbsolutePath().toString(), "check",
                target));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(site.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put(LargeRunHandOff.SETTING, largeRun);
        return builder;
    }

    private Result run(Path site, String largeRun, List<String> jvmOptions, String... args) throws Exception {
        return run(site, ".", largeRun, jvmOptions, args);
    }

    private Result run(Path site, String target, String largeRun, List<String> jvmOptions, String... args)
            throws Exception {
        Files.deleteIfExists(dir.resolve("report.json"));
        List<String> all = new ArrayList<>(List.of("--offline", "--format", "json", "--output",
                dir.resolve("report.json").toString()));
        all.addAll(List.of(args));
        int code = command(site, target, largeRun, jvmOptions, all.toArray(String[]::new)).start().waitFor();
        List<String> jvms = Files.readAllLines(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        Path report = dir.resolve("report.json");
        return new Result(code, jvms, Files.exists(report) ? Files.readString(report) : "",
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aLargeRunIsCheckedByASecondJvmWithC2AndReportsTheSame() throws Exception {
        Path site = site();
        Result here = run(site, "off", List.of(C1_ONLY), "--no-cache");
        Result handed = run(site, "3", List.of(C1_ONLY, ONE_COMPILER_THREAD), "--no-cache");
        assertEquals(1, here.jvms().size(), here.jvms().toString());
        assertEquals(2, handed.jvms().size(), handed.jvms().toString());
        assertTrue(handed.jvms().get(0).contains(C1_ONLY), handed.jvms().get(0));
        assertFalse(handed.jvms().get(1).contains("TieredStopAtLevel"), handed.jvms().get(1));
        assertTrue(handed.jvms().get(1).contains("-XX:-TieredCompilation"), handed.jvms().get(1));
        assertTrue(handed.jvms().get(0).contains(ONE_COMPILER_THREAD), handed.jvms().get(0));
        assertFalse(handed.jvms().get(1).contains("CICompilerCount"), handed.jvms().get(1));
        assertEquals("postlint: 4 posts to read: a second Java process with the optimizing compiler checks them, "
                + "as it does from 3 posts (POSTLINT_LARGE_RUN=off keeps them in this one)\n", handed.err());
        assertEquals("", here.err());
        assertEquals(1, here.code());
        assertEquals(here.code(), handed.code());
        assertTrue(here.report().contains("\"rule\": \"image-missing\""), here.report());
        assertEquals(here.report(), handed.report());
    }

    @Test
    void postsTheResultCacheHoldsAreNotCountedAndAJvmWithC2KeepsItsRun() throws Exception {
        Path site = site();
        Thread.sleep(2_100); // left alone, so that their stamps stand for their content in the cache
        Result filling = run(site, "off", List.of(C1_ONLY));
        assertEquals(1, filling.jvms().size());
        Result warm = run(site, "3", List.of(C1_ONLY));
        assertEquals(1, warm.jvms().size(), "all four are in the cache: " + warm.jvms());
        assertEquals("", warm.err());
        assertEquals(filling.report(), warm.report());

        for (int i = 1; i <= 3; i++) {
            Files.writeString(site.resolve("post-" + i + ".md"), "\nOne more line.\n", java.nio.file.StandardOpenOption.APPEND);
        }
        Result threeChanged = run(site, "3", List.of(C1_ONLY));
        assertEquals(2, threeChanged.jvms().size(), threeChanged.jvms().toString());
        assertTrue(threeChanged.err().startsWith("postlint: 3 posts to read: "), threeChanged.err());

        Result tiered = run(site, "3", List.of(), "--no-cache");
        assertEquals(1, tiered.jvms().size(), "this JVM has C2: " + tiered.jvms());
        assertEquals(threeChanged.report(), tiered.report());
    }

    /**
     * The second JVM starts in the folder the first one runs in; when that is gone (here: a working directory
     * given as {@code user.dir} that does not exist), it cannot start, and the first JVM checks the posts itself,
     * once, with the report a run without the hand-off gives.
     */
    @Test
    void whenTheSecondJvmCannotStartTheFirstChecksThePostsItself() throws Exception {
        Path site = site();
        Path gone = dir.resolve("gone");
        Result here = run(site, site.toString(), "off", List.of(C1_ONLY), "--no-cache");
        Result fallback = run(site, site.toString(), "3", List.of(C1_ONLY, "-Duser.dir=" + gone), "--no-cache");
        assertEquals(1, fallback.jvms().size(), fallback.jvms().toString());
        List<String> err = fallback.err().lines().toList();
        assertEquals(2, err.size(), fallback.err());
        assertEquals("postlint: 4 posts to read: a second Java process with the optimizing compiler checks them, "
                + "as it does from 3 posts (POSTLINT_LARGE_RUN=off keeps them in this one)", err.get(0));
        assertTrue(err.get(1).startsWith("postlint: the second Java process could not start (Cannot run program "),
                err.get(1));
        assertTrue(err.get(1).contains("(in directory \"" + gone + "\")"), err.get(1));
        assertTrue(err.get(1).endsWith("); this one checks the posts"), err.get(1));
        assertEquals(1, here.code());
        assertEquals(here.code(), fallback.code());
        assertTrue(here.report().contains("\"rule\": \"image-missing\""), here.report());
        assertEquals(here.report(), fallback.report());
    }

    @Test
    void aSettingThatIsNoNumberIsAUsageError() throws Exception {
        Result result = run(site(), "lots", List.of(C1_ONLY));
        assertEquals(2, result.code());
        assertEquals("postlint: POSTLINT_LARGE_RUN takes a number of posts or 'off', not 'lots'\n", result.err());
    }

    /** A CI runner's timeout kills the process it started, the first JVM: the second must not run on. */
    @Test
    void theSecondJvmStopsWhenTheFirstIsKilled() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", ex -> {
            asked.countDown();
            try {
                end.await(120, TimeUnit.SECONDS); // answers only when the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            Path site = site();
            Files.writeString(site.resolve(".postlint.yml"), "links:\n  allowPrivateAddresses: [127.0.0.1]\n  timeout: 5m\n");
            Files.writeString(site.resolve("post-1.md"), "\n[A slow page](http://127.0.0.1:"
                    + server.getAddress().getPort() + "/slow)\n", java.nio.file.StandardOpenOption.APPEND);
            Process first = command(site, "3", List.of(C1_ONLY), "--no-cache").start();
            assertTrue(asked.await(60, TimeUnit.SECONDS), "the second JVM checks the link");
            List<ProcessHandle> second = first.descendants().toList();
            assertEquals(1, second.size(), second.toString());
            first.destroy();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            second.get(0).onExit().get(30, TimeUnit.SECONDS);
            assertFalse(second.get(0).isAlive());
            assertTrue(Files.readString(dir.resolve("err.txt")).startsWith("postlint: 4 posts to read: "),
                    Files.readString(dir.resolve("err.txt")));
        } finally {
            end.countDown();
            server.stop(0);
        }
    }
}
