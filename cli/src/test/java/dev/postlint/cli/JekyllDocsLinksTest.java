package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Internal link, anchor and image checks, offline, over Jekyll's own docs and release posts with a
 * config for that site's layout (posts under /news/, the docs collection under /docs/).
 *
 * <p>The corpus holds only _docs and _posts, so pages of jekyllrb.com kept elsewhere in that
 * repository (the home page, /tutorials/, /showcase/, /resources/, /team/, /philosophy/, /img/) are
 * declared in site.extraPaths. What remains are real defects of the content:
 * <ul>
 * <li>contributing.md links to /docs/plugins/#available-plugins, a section the plugins page no longer has;
 * <li>security.md links to docs/pages/team.md, a repository path that is broken on the website.
 * </ul>
 * Reviewed and fixed on the way: kramdown's block attribute {: #v1-0-0} under a heading (history.md's
 * version anchors) and redirect_from given as one text (community.md serves /help/).
 */
class JekyllDocsLinksTest {
    @TempDir
    Path dir;

    @Test
    void internalChecksOnJekyllDocsFindOnlyRealDefects() throws Exception {
        Path docs = SharedFiles.root().resolve("corpus/jekyll-docs");
        Path config = Files.writeString(dir.resolve(".postlint.yml"), String.join("\n",
                "site:",
                "  root: " + docs,
                "  baseUrl: https://jekyllrb.com",
                "  permalink: /news/:year/:month/:day/:title/",
                "  collections:",
                "    docs: /:collection/:path/",
                "  extraPaths: ['/', '/tutorials/**', '/showcase/**', '/resources/**', '/team/**', '/philosophy/**', '/img/**']",
                ""));
        CliRun run = CliRun.of("check", docs.toString(), "--config", config.toString(), "--offline", "--format", "json",
                "--fail-on", "never");
        assertEquals(0, run.exitCode(), run.err());
        List<String> links = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            if (Set.of("link-broken", "link-anchor", "image-missing").contains(f.get("rule").asText())) {
                links.add(docs.relativize(Path.of(f.get("file").asText())) + " " + f.get("line").asInt() + ":"
                        + f.get("column").asInt() + " " + f.get("rule").asText());
            }
        }
        assertEquals(List.of("_docs/contributing.md 93:57 link-anchor", "_docs/security.md 22:96 link-broken"), links);
    }
}
