package dev.postlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder yields in a real git work tree: the default excludes, the config's, and .gitignore. */
class FileCollectorGitTest {
    @TempDir
    Path dir;

    private void write(String relative) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative.endsWith(".md") ? "# x\n" : "");
    }

    private List<String> collect(String yaml, String... arguments) throws Exception {
        Files.writeString(dir.resolve(".postlint.yml"), yaml);
        Config config = new ConfigLoader(new RuleRegistry(List.of())).load(dir.resolve(".postlint.yml"));
        return new FileCollector(config, dir).collect(arguments.length == 0 ? List.of(".") : List.of(arguments)).stream()
                .map(InputFile::displayPath)
                .sorted().toList();
    }

    @Test
    void gitignoreAndDefaultExcludesAreHonouredAndAConfigExcludeAddsToThem() throws Exception {
        Process git = new ProcessBuilder("git", "init", "-q", dir.toString()).start();
        git.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, git.exitValue());
        for (String f : List.of("_posts/a.md", "_posts/b.tmp.md", "drafts/c.md", "notes/keep.md", "notes/skip.md",
                "node_modules/pkg/README.md", "public/index.md", "vendor/x.md", "old/d.md", "private.md")) {
            write(f);
        }
        Files.writeString(dir.resolve(".gitignore"), "drafts/\n*.tmp.md\nnotes/*\n!notes/keep.md\n");
        Files.writeString(dir.resolve(".git/info/exclude"), "private.md\n");
        assertEquals(List.of("_posts/a.md", "notes/keep.md", "old/d.md"), collect(""));
        assertEquals(List.of("_posts/a.md", "notes/keep.md"), collect("exclude: [\"old/**\"]\n"));
        assertEquals(List.of("_posts/a.md", "_posts/b.tmp.md", "drafts/c.md", "notes/keep.md", "notes/skip.md",
                "old/d.md", "private.md"), collect("gitignore: false\n"));
        assertEquals(List.of("drafts/c.md"), collect("", "drafts/c.md"), "a file named directly is checked");
    }

    @Test
    void outsideAWorkTreeAGitignoreMeansNothing() throws Exception {
        write("drafts/c.md");
        Files.writeString(dir.resolve(".gitignore"), "drafts/\n");
        assertEquals(List.of("drafts/c.md"), collect(""));
    }
}
