package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorConfigTest {
    @TempDir
    Path dir;

    private SiteSettings complete(String folder, String file, String text) throws Exception {
        Path root = Files.createDirectories(dir.resolve(folder));
        Files.writeString(root.resolve(file), text);
        return GeneratorConfig.complete(SiteSettings.defaults(), root);
    }

    private static Optional<URI> uri(String text) {
        return Optional.of(URI.create(text));
    }

    @Test
    void jekyllAddressPermalinkAndRenderedCollections() throws Exception {
        SiteSettings s = complete("j", "_config.yml", "url: https://blog.example.com/\nbaseurl: /blog/\n"
                + "permalink: pretty\ncollections:\n  docs:\n    output: true\n  notes:\n    output: false\n");
        assertEquals(uri("https://blog.example.com/blog"), s.baseUrl());
        assertEquals("pretty", s.permalink());
        assertEquals(Map.of("docs", "/:collection/:path:output_ext"), s.collections());
    }

    @Test
    void hugoBaseUrlInTomlYamlOrJsonAndZolasInConfigToml() throws Exception {
        assertEquals(uri("https://a.example.org/"), complete("h1", "hugo.toml", "baseURL = 'https://a.example.org/'\n")
                .baseUrl());
        assertEquals(uri("https://b.example.org/"), complete("h2", "hugo.yaml", "baseURL: https://b.example.org/\n")
                .baseUrl());
        assertEquals(uri("https://c.example.org/"), complete("h3", "hugo.json", "{\"baseURL\": \"https://c.example.org/\"}")
                .baseUrl());
        Files.createDirectories(dir.resolve("z/content"));
        Files.createDirectories(dir.resolve("z/templates"));
        assertEquals(uri("https://d.example.org"), complete("z", "config.toml", "base_url = \"https://d.example.org\"\n")
                .baseUrl());
    }

    @Test
    void aBrokenOrUselessConfigGivesNothingAndTheUsersSettingsWin() throws Exception {
        assertEquals(Optional.empty(), complete("broken", "hugo.toml", "baseURL = \n").baseUrl());
        assertEquals(Optional.empty(), complete("relative", "_config.yml", "url: /not-an-address\n").baseUrl());
        Path root = dir.resolve("j");
        Files.createDirectories(root);
        Files.writeString(root.resolve("_config.yml"), "url: https://blog.example.com\npermalink: date\n");
        SiteSettings own = SiteSettings.defaults().toBuilder().baseUrl(uri("https://own.example.org"))
                .permalink("/:title/").build();
        SiteSettings s = GeneratorConfig.complete(own, root);
        assertEquals(uri("https://own.example.org"), s.baseUrl());
        assertEquals("/:title/", s.permalink());
    }

    @Test
    void aHostileOrOddConfigGivesNothingRatherThanFailing() throws Exception {
        SiteSettings s = complete("odd", "hugo.yaml", "baseURL: https://odd.example.org/\nmodule:\n  mounts:\n"
                + "    - source: \"bad\\u0000path\"\n      target: content\npermalinks: [1, 2]\nlanguages: 7\n");
        assertEquals(Optional.empty(), s.layout(), "a mount the system cannot name: the config is not used");
        SiteSettings z = complete("odd-zola", "hugo.toml", "baseURL = 3\ntaxonomies = 'x'\n[module]\nmounts = 'no list'\n");
        assertEquals(Optional.empty(), z.baseUrl(), "a baseURL that is no text is none");
        ContentLayout layout = z.layout().orElseThrow();
        assertEquals(List.of(), layout.taxonomies(), "taxonomies that are no table are none");
        assertEquals(List.of(new ContentLayout.Mount(dir.resolve("odd-zola/content"), "", List.of())), layout.mounts(),
                "mounts that are no list leave the default content folder");
    }

    @Test
    void generatorIsRecognisedByItsOwnConfigFiles() throws Exception {
        Path hugoDir = Files.createDirectories(dir.resolve("hd/config/_default"));
        Files.writeString(hugoDir.resolve("hugo.yaml"), "title: x\n");
        assertEquals(Generator.HUGO, Generator.of(dir.resolve("hd")));
        Path hugoConfig = Files.createDirectories(dir.resolve("hc/content"));
        Files.writeString(dir.resolve("hc/config.toml"), "baseURL = 'https://h.example.org/'\ntheme = 'x'\n");
        assertEquals(Generator.HUGO, Generator.of(hugoConfig.getParent()));
        Files.createDirectories(dir.resolve("zc/content"));
        Files.writeString(dir.resolve("zc/config.toml"), "base_url = 'https://z.example.org'\n");
        assertEquals(Generator.ZOLA, Generator.of(dir.resolve("zc")));
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/config.toml"), "[tool]\nname = 'not a site'\n");
        assertEquals(Generator.UNKNOWN, Generator.of(dir.resolve("other")));
    }

    @Test
    void hugoConfigDirMountsLanguagesAndPermalinks() throws Exception {
        Path root = Files.createDirectories(dir.resolve("h/config/_default")).getParent().getParent();
        Files.writeString(root.resolve("config/_default/hugo.toml"), """
                baseURL = 'https://docs.example.org/'
                defaultContentLanguage = 'de'
                disablePathToLower = true
                [module]
                [[module.mounts]]
                source = 'content/de'
                target = 'content'
                lang = 'de'
                [[module.mounts]]
                source = 'content/en'
                target = 'content'
                sites = { matrix = { languages = ['en'] } }
                [[module.mounts]]
                source = 'files'
                target = 'static/downloads'
                """);
        Files.writeString(root.resolve("config/_default/languages.yaml"), "en:\n  weight: 2\nde:\n  weight: 1\n");
        Files.writeString(root.resolve("config/_default/permalinks.yaml"), "blog: /:year/:slug/\n");
        Files.writeString(root.resolve("config/_default/markup.yaml"),
                "goldmark:\n  parser:\n    autoHeadingIDType: github-ascii\n");
        SiteSettings s = GeneratorConfig.complete(SiteSettings.defaults(), root);
        assertEquals(uri("https://docs.example.org/"), s.baseUrl());
        ContentLayout layout = s.layout().orElseThrow();
        assertEquals(List.of("de", "en"), layout.languages());
        assertEquals(List.of(new ContentLayout.Mount(root.resolve("content/de"), "", List.of("de")),
                new ContentLayout.Mount(root.resolve("content/en"), "", List.of("en"))), layout.mounts());
        assertEquals(List.of(new ContentLayout.Mount(root.resolve("files"), "downloads", List.of())),
                layout.staticMounts());
        assertEquals(PathStyle.HUGO_KEEP_CASE, layout.paths());
        assertEquals(Map.of("blog", "/:year/:slug/"), layout.pagePermalinks());
        assertEquals(Optional.of(SlugStyle.GITHUB_ASCII), s.slugs());
        assertEquals("/en", layout.languagePrefix("en"));
        assertEquals("", layout.languagePrefix("de"));
    }

    @Test
    void zolaSlugifyIgnoredContentTaxonomiesAndLinkChecker() throws Exception {
        Files.createDirectories(dir.resolve("z2/content"));
        SiteSettings s = complete("z2", "config.toml", """
                base_url = "https://z.example.org"
                ignored_content = ["*.tmp.md"]
                taxonomies = [{ name = "tags" }, { name = "authors" }]
                [slugify]
                paths = "safe"
                anchors = "off"
                [link_checker]
                skip_prefixes = ["http://localhost"]
                skip_anchor_prefixes = ["https://github.com/"]
                """);
        ContentLayout layout = s.layout().orElseThrow();
        assertEquals(PathStyle.ZOLA_SAFE, layout.paths());
        assertEquals(Optional.of(SlugStyle.AS_WRITTEN), s.slugs());
        assertEquals(List.of("*.tmp.md"), layout.ignored());
        assertEquals(List.of("tags", "authors"), layout.taxonomies());
        assertEquals(List.of("http://localhost"), s.skipLinkPrefixes());
        assertEquals(List.of("https://github.com/"), s.skipAnchorPrefixes());
        assertEquals(Optional.empty(), layout.locate(dir.resolve("z2/content/a.tmp.md")));
        assertEquals("blog/a.md", layout.locate(dir.resolve("z2/content/blog/a.md")).orElseThrow().path());
        ContentLayout broken = new ContentLayout(layout.mounts(), List.of(), List.of(), false, PathStyle.ZOLA_ON, Map.of(),
                Map.of(), List.of("[unclosed"), List.of(), List.of());
        assertEquals("blog/a.md", broken.locate(dir.resolve("z2/content/blog/a.md")).orElseThrow().path(),
                "a glob that is no valid glob ignores nothing");
    }
}
