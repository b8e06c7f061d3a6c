package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void showsWhatWasReadFromTheGeneratorsOwnConfig() throws Exception {
        write("site/_config.yml", "url: https://blog.example.com\nbaseurl: /blog\n");
        write("site/_posts/2024-01-05-first.md", "---\ntitle: First\n---\n");
        write("site/about.md", "---\ntitle: About\n---\n");
        write("site/assets/site.css", "body {}\n");
        write("empty.yml", "");
        CliRun run = CliRun.of("site", dir.resolve("site/_posts").toString(), "--config", dir.resolve("empty.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "generator:    jekyll",
                "root:         " + dir.resolve("site").toRealPath(),
                "base URL:     https://blog.example.com/blog (from the generator's configuration)",
                "URLs:         posts: /:categories/:year/:month/:day/:title/",
                "heading ids:  github",
                "static dirs:  none",
                "pages:        2",
                "URLs served:  3"), run.out().lines().toList());
    }

    @Test
    void aConfiguredBaseUrlWinsAndAMissingConfigIsAUsageError() throws Exception {
        write("zola/config.toml", "base_url = \"https://zola.example.org\"\n");
        write("zola/content/blog/a.md", "+++\ntitle = \"A\"\n+++\n");
        write("zola/templates/index.html", "x");
        write("own.yml", "site:\n  baseUrl: https://other.example.org\n");
        CliRun run = CliRun.of("site", dir.resolve("zola").toString(), "--config", dir.resolve("own.yml").toString());
        assertEquals(List.of(
                "generator:    zola",
                "root:         " + dir.resolve("zola").toRealPath(),
                "base URL:     https://other.example.org (from site.baseUrl in .postlint.yml)",
                "content:      content -> content/",
                "languages:    en at /",
                "URLs:         each page at its path in the content tree, slugified (ASCII, lower case, '-'), "
                        + "or its front-matter path or slug",
                "heading ids:  zola",
                "static dirs:  static",
                "pages:        1",
                "URLs served:  2"), run.out().lines().toList());
        CliRun none = CliRun.of("site", dir.resolve("zola/content/blog").toString(), "--config", "missing.yml");
        assertEquals(2, none.exitCode());
        assertEquals("postlint: missing.yml: config file not found\n", none.err());
    }

    @Test
    void showsHugosMountsLanguagesAndPermalinks() throws Exception {
        write("hugo/config/_default/hugo.yaml", """
                baseURL: https://docs.example.org/
                languages: {en: {weight: 1}, de: {weight: 2}}
                permalinks: {page: {blog: '/:year/:slug/'}}
                markup: {goldmark: {parser: {autoHeadingIDType: blackfriday}}}
                module:
                  mounts:
                    - {source: docs/en, target: content, lang: en}
                    - {source: docs/de, target: content, lang: de}
                """);
        write("hugo/docs/en/blog/hello.md", "---\ntitle: Hello\ndate: 2024-05-06\n---\n");
        write("hugo/docs/de/blog/hello.md", "---\ntitle: Hallo\ndate: 2024-05-06\n---\n");
        write("empty.yml", "");
        CliRun run = CliRun.of("site", dir.resolve("hugo").toString(), "--config", dir.resolve("empty.yml").toString());
        assertEquals(List.of(
                "generator:    hugo",
                "root:         " + dir.resolve("hugo").toRealPath(),
                "base URL:     https://docs.example.org/ (from the generator's configuration)",
                "content:      docs/en -> content/ [en]",
                "content:      docs/de -> content/ [de]",
                "languages:    en at /, de at /de/",
                "URLs:         each page at its path in the content tree, in lower case, spaces as '-', "
                        + "or its front-matter url or slug",
                "URLs:         pages of blog: /:year/:slug/",
                "heading ids:  blackfriday",
                "static dirs:  static",
                "pages:        2",
                "URLs served:  4"), run.out().lines().toList());
    }
}
