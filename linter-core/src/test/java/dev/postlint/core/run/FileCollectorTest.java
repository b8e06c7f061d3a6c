package dev.postlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postlint.core.config.Config;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {
    @TempDir
    Path dir;

    private void touch(String... paths) throws Exception {
        for (String p : paths) {
            Path file = dir.resolve(p);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
    }

    private List<String> collect(Config config, String... args) throws NoSuchFileException {
        return new FileCollector(config).collect(List.of(args)).stream().map(InputFile::displayPath).sorted().toList();
    }

    @Test
    void foldersYieldMarkdownFilesWithDefaultExcludes() throws Exception {
        touch("a.md", "posts/b.markdown", "posts/c.txt", "node_modules/x/d.md", ".git/e.md", "_site/f.md");
        String root = dir.toString();
        assertEquals(List.of(root + "/a.md", root + "/posts/b.markdown"), collect(Config.defaults(dir), root));
    }

    @Test
    void configGlobsAreRelativeToTheConfigFolder() throws Exception {
        touch("_posts/a.md", "_drafts/b.md", "README.md");
        Config config = Config.defaults(dir).toBuilder().include(List.of("_posts/**", "_drafts/*.md"))
                .exclude(List.of("_drafts/**")).build();
        assertEquals(List.of(dir + "/_posts/a.md"), collect(config, dir.toString()));
    }

    @Test
    void displayPathKeepsWhatTheUserTyped() throws Exception {
        touch("site/p.md");
        String arg = dir + "/site/../site/";
        assertEquals(List.of(arg + "p.md"), collect(Config.defaults(dir), arg));
    }

    @Test
    void namedFileIsCheckedEvenWithoutMarkdownExtension() throws Exception {
        touch("notes.txt");
        assertEquals(List.of(dir + "/notes.txt"), collect(Config.defaults(dir), dir + "/notes.txt"));
    }

    @Test
    void missingPathIsAnError() {
        assertThrows(NoSuchFileException.class, () -> collect(Config.defaults(dir), dir + "/nope"));
    }
}
