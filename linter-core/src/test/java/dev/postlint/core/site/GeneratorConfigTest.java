package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
