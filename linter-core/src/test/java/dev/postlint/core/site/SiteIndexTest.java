package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteIndexTest {
    @TempDir
    Path root;

    private void write(String rel, String text) throws Exception {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void knowsPostsPagesCollectionsAliasesStaticFilesAndHidesUnderscoreFolders() throws Exception {
        write("_config.yml", "x: 1\n");
        write("_posts/2024-05-06-hello.md", "---\ntitle: Hi\nredirect_from: /old-hello/\n---\n");
        write("_posts/2024-05-07-custom.md", "---\npermalink: /custom/place/\n---\n");
        write("_docs/guide/start.md", "---\ntitle: Start\n---\n");
        write("about.md", "---\ntitle: About\n---\n");
        write("blog/index.md", "# Blog\n");
        write("assets/site.css", "body{}\n");
        write("static/favicon.ico", "x");
        write("_includes/head.html", "x");
        SiteSettings settings = SiteSettings.defaults().toBuilder().staticDirs(List.of("static"))
                .baseUrl(Optional.of(URI.create("https://ex.org/blog/"))).permalink("/:year/:month/:day/:title/")
                .collections(Map.of("docs", "/docs/:path/")).extraPaths(List.of("/feed.xml")).build();
        SiteIndex index = new SiteIndex(root, settings);
        assertEquals(Generator.JEKYLL, index.generator());
        for (String url : List.of("/2024/05/06/hello/", "/2024/05/06/hello", "/2024/05/06/hello.html",
                "/2024/05/06/hello/index.html", "/old-hello/", "/custom/place/", "/docs/guide/start/", "/about/",
                "/about.html", "/blog/", "/assets/site.css", "/favicon.ico")) {
            assertTrue(index.lookup(url).map(SiteIndex.Hit::exactCase).orElse(false), url);
        }
        assertEquals(Optional.empty(), index.lookup("/_includes/head.html"));
        assertEquals(Optional.empty(), index.lookup("/2024/05/07/custom/"));
        assertEquals(false, index.lookup("/About/").orElseThrow().exactCase());
        assertTrue(index.isExtraPath("/feed.xml"));
        assertEquals("/blog", index.basePath());
    }

    @Test
    void hugoContentAndStatic() throws Exception {
        write("hugo.toml", "baseURL = 'https://ex.org/'\n[permalinks]\nposts = '/posts/:slug/'\n");
        write("content/posts/first.md", "---\ntitle: First\nslug: the-first\naliases: [/old/first/]\n---\n");
        write("content/about/index.md", "---\ntitle: About\n---\n");
        write("content/about/team.jpg", "x");
        write("static/images/logo.png", "x");
        SiteIndex index = new SiteIndex(root, SiteSettings.defaults());
        for (String url : List.of("/posts/the-first/", "/old/first/", "/about/", "/about/team.jpg", "/images/logo.png")) {
            assertTrue(index.lookup(url).isPresent(), url);
        }
    }

    @Test
    void frontMatterAlreadyParsedInTheRunIsNotReadAgain() throws Exception {
        write("_config.yml", "x: 1\n");
        write("_posts/2024-05-06-hello.md", "---\ntitle: On disk\n---\n");
        Path post = root.resolve("_posts/2024-05-06-hello.md").toAbsolutePath().normalize();
        var parsed = UrlFields.of(dev.postlint.core.frontmatter.FrontMatterReader.read(
                new dev.postlint.core.source.SourceText("---\npermalink: /from-the-run/\n---\n")));
        SiteIndex index = new SiteIndex(root, SiteSettings.defaults(),
                file -> file.equals(post) ? Optional.of(parsed) : Optional.empty());
        assertTrue(index.lookup("/from-the-run/").isPresent());
        assertEquals(Optional.empty(), index.lookup("/2024/05/06/hello/"));
    }
}
