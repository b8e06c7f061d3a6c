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

    @Test
    void inAHugoOrZolaSiteAFolderYieldsOnlyItsContent() throws Exception {
        touch("zola/config.toml", "zola/content/blog/a.md", "zola/templates/x.md", "zola/README.md",
                "hugo/hugo.toml", "hugo/content/b.md", "hugo/layouts/partials/c.md", "hugo/CONTRIBUTING.md",
                "jekyll/_config.yml", "jekyll/_posts/2024-01-01-d.md", "jekyll/about.md", "loose/e.md");
        Files.writeString(dir.resolve("zola/config.toml"), "base_url = \"https://zola.example.org\"\n");
        assertEquals(List.of(dir + "/hugo/content/b.md", dir + "/jekyll/_posts/2024-01-01-d.md", dir + "/jekyll/about.md",
                dir + "/loose/e.md", dir + "/zola/content/blog/a.md"), collect(Config.defaults(dir), dir.toString()));
        assertEquals(List.of(dir + "/zola/README.md"), collect(Config.defaults(dir), dir + "/zola/README.md"),
                "a file named directly is always checked");
    }

    @Test
    void inAJekyllSiteAFolderSkipsWhatItsConfigExcludes() throws Exception {
        touch("site/_posts/2024-01-01-a.md", "site/README.md", "site/docs/internal/b.md", "site/notes-draft.md",
                "site/about.md");
        Files.writeString(dir.resolve("site/_config.yml"), "exclude:\n  - README.md\n  - docs/\n  - \"*-draft.md\"\n");
        assertEquals(List.of(dir + "/site/_posts/2024-01-01-a.md", dir + "/site/about.md"),
                collect(Config.defaults(dir), dir + "/site"));
    }
}
