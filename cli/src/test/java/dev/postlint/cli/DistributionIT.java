package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void theTarballUnpackedAnywhereChecksASiteWithOnlyAJre() throws Exception {
        Path archive = Path.of(System.getProperty("postlint.distribution") + ".tar.gz");
        Path install = Files.createDirectories(dir.resolve("opt"));
        Map<String, String> shell = Map.of("PATH", "/usr/bin:/bin");
        assertEquals(0, run(dir, shell, "tar", "-xzf", archive.toString(), "-C", install.toString()).code());
        Path home;
        try (var folders = Files.list(install)) {
            home = folders.findFirst().orElseThrow();
        }
        assertTrue(home.getFileName().toString().startsWith("postlint-"), home.toString());
        for (String file : List.of("bin/postlint", "bin/postlint.cmd", "lib/postlint.jar", "LICENSE", "NOTICE",
                "THIRD-PARTY.txt", "README.md")) {
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
}
