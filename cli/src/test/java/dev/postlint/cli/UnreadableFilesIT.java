package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post and a folder postlint may not read: each is one line on standard error, and the readable post
 * is checked as usual. Root reads everything, so as root the jar runs as the user nobody.
 */
class UnreadableFilesIT {
    private static final String POST = "---\ntitle: A readable post for the check\n---\n\nText.\n";

    @TempDir
    Path dir;

    @Test
    void anUnreadablePostAndFolderAreReportedAndTheRestIsChecked() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root || new File("/usr/sbin/runuser").canExecute(), "as root this needs runuser");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("good.md"), POST);
        Files.writeString(site.resolve("secret.md"), POST);
        Files.createDirectories(site.resolve("locked"));
        Files.writeString(site.resolve("locked/in.md"), POST);
        for (Path p : List.of(dir, site)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(site.resolve("good.md"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(site.resolve("secret.md"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(site.resolve("locked"), PosixFilePermissions.fromString("---------"));
        List<String> command = new ArrayList<>(root ? List.of("/usr/sbin/runuser", "-u", "nobody", "--") : List.of());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("postlint.jar")).toAbsolutePath().toString(), "check", "site", "--offline",
                "--no-cache", "--format", "json"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertEquals("postlint: skipped site/locked: it cannot be read (permission denied)\n"
                + "postlint: error: site/secret.md: cannot read the file (permission denied)\n", err);
        assertEquals(true, out.contains("\"file\": \"site/good.md\""), out);
    }
}
