package dev.postlint.rules;

import static dev.postlint.rules.SiteTester.write;

import dev.postlint.core.site.SiteSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small Jekyll site with permalinks, pages, static files and anchors, for the internal link rules. */
final class SiteFixture {
    static final String SECOND_POST = String.join("\n",
            "---",
            "title: Second",
            "date: 2024-02-10",
            "image: /uploads/cover.png",
            "---",
            "[ok](/guides/2024/01/05/first-steps/)",
            "[ok](/guides/2024/01/05/first-steps/#install)",
            "[ok](/guides/2024/01/05/first-steps/#getting-started-1)",
            "[bad](/guides/2024/01/05/first-steps/#instal)",
            "[bad](/2024/01/05/first-steps/)",
            "[ok](2024-01-05-first-steps.md#legacy)",
            "[ok](/about/) [ok](/about.html) [ok](https://blog.example.com/about/)",
            "[ok](/files/my%20file.pdf)",
            "[bad](/Files/my%20file.pdf)",
            "[ok](/robots.txt)",
            "[bad](https://blog.example.com/nowhere/)",
            "[ok](#local) [bad](#locl)",
            "![Photo](/uploads/photo.jpg)",
            "![Photo](/uploads/Photo.JPG)",
            "![Rel](../uploads/Photo.JPG)",
            "![Missing](missing.png)",
            "",
            "## Local",
            "");

    private SiteFixture() {
    }

    static Path create(Path dir) throws IOException {
        Path site = dir.resolve("site");
        write(site, "_config.yml", "title: fixture\n");
        write(site, "_posts/2024-01-05-first-steps.md", String.join("\n",
                "---", "title: First steps", "date: 2024-01-05", "categories: [guides]", "---",
                "## Getting started", "", "## Install the tools {#install}", "", "## Getting started", "",
                "<a name=\"legacy\"></a>", ""));
        write(site, "_posts/2024-02-10-second.md", SECOND_POST);
        write(site, "about.md", "---\ntitle: About\n---\nAbout us.\n");
        write(site, "files/my file.pdf", "%PDF-1.4\n");
        write(site, "public-files/robots.txt", "User-agent: *\n");
        Files.createDirectories(site.resolve("uploads"));
        Files.write(site.resolve("uploads/Photo.JPG"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        return site;
    }

    static SiteSettings settings() {
        return SiteSettings.defaults().toBuilder().staticDirs(List.of("public-files"))
                .baseUrl(Optional.of(URI.create("https://blog.example.com"))).build();
    }
}
