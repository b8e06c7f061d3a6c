package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post the run does not check, whose anchors a checked post links to, is read as the run reads its
 * own posts: with the Markdown extensions of the config, so a footnote the site does not render has no id.
 */
class LinkedPostOutsideRunTest {
    @TempDir
    Path site;

    private List<String> linkAnchorFindings(String extensions) throws Exception {
        Files.writeString(site.resolve(".postlint.yml"), "markdown:\n  extensions: " + extensions + "\n");
        Files.writeString(site.resolve("a.md"), "---\ntitle: A post that links to a footnote of another\n---\n\n"
                + "See [the note](b.md#fn:note).\n");
        Files.writeString(site.resolve("b.md"), "---\ntitle: A post with a footnote at its end\n---\n\n"
                + "Text.[^note]\n\n[^note]: The note.\n");
        CliRun run = CliRun.of("check", site.resolve("a.md").toString(), "--offline", "--no-cache", "--format", "json",
                "--config", site.resolve(".postlint.yml").toString());
        List<String> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            if (f.get("rule").asText().equals("link-anchor")) {
                found.add(f.get("line").asInt() + ":" + f.get("column").asInt() + " " + f.get("message").asText());
            }
        }
        return found;
    }

    @Test
    void withoutFootnotesInTheConfigTheLinkedFootnoteHasNoAnchor() throws Exception {
        assertEquals(List.of("5:16 The anchor #fn:note does not exist in b.md; readers land at the top of the page "
                + "instead of the section."), linkAnchorFindings("[]"));
    }

    @Test
    void withFootnotesTheLinkedFootnoteIsFound() throws Exception {
        assertEquals(List.of(), linkAnchorFindings("[footnotes]"));
    }
}
