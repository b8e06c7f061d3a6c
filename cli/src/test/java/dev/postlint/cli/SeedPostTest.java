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

/** The defining example: the whole CLI on the seed post must report exactly these findings. */
class SeedPostTest {
    private static final List<String> EXPECTED = List.of(
            "title-length 3:8",
            "front-matter-whitespace 3:9",
            "stale-year 3:62",
            "description-length 5:14",
            "front-matter-whitespace 6:1",
            "stale-year 7:82",
            "image-path-spaces 11:13",
            "image-alt-missing 17:1",
            "image-path-spaces 17:5",
            "heading-summary-mismatch 65:17 related 29:1",
            "heading-summary-mismatch 91:12 related 37:1",
            "inline-style 95:1",
            "inline-style 97:28");

    @TempDir
    Path dir;

    @Test
    void seedPostGivesExactlyTheExpectedFindings() throws Exception {
        Path config = Files.writeString(dir.resolve(".postlint.yml"), "# defaults\n");
        String seed = SharedFiles.root().resolve("seed").toString();
        CliRun run = CliRun.of("check", seed, "--format", "json", "--config", config.toString(), "--offline");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> actual = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            String entry = f.get("rule").asText() + " " + f.get("line").asInt() + ":" + f.get("column").asInt();
            for (JsonNode r : f.get("related")) {
                entry += " related " + r.get("line").asInt() + ":" + r.get("column").asInt();
            }
            actual.add(entry);
            assertEquals(seed + "/2021-03-29-die-7-wichtigsten-ziele-fuer-vertriebsleiter-2020.md", f.get("file").asText());
        }
        assertEquals(EXPECTED, actual);
        assertEquals(1, report.get("files").asInt());
        assertEquals(4, report.get("summary").get("error").asInt());
        assertEquals(9, report.get("summary").get("warning").asInt());
        assertEquals("The title has 81 characters; search results cut titles after about 60. Shorten it so it shows "
                + "in full.", report.get("findings").get(0).get("message").asText());
        assertEquals("The description has only 84 characters; search engines show up to about 156, so use 120 to 156 "
                + "to make people want to click.", report.get("findings").get(3).get("message").asText());
        assertEquals("postlint", report.get("tool").get("name").asText());
    }

    @Test
    void textFormatShowsOneLinePerFindingAndASummary() throws Exception {
        Path config = Files.writeString(dir.resolve(".postlint.yml"), "");
        Path seed = SharedFiles.root().resolve("seed");
        CliRun run = CliRun.of("check", seed.toString(), "--config", config.toString(), "--offline");
        List<String> lines = run.out().lines().toList();
        String file = seed + "/2021-03-29-die-7-wichtigsten-ziele-fuer-vertriebsleiter-2020.md";
        assertEquals(file + ":3:9:   warning front-matter-whitespace   The 'title' value starts with a space, which "
                + "ends up in page titles, previews and search results; remove it.", lines.get(1));
        assertEquals(file + ":11:13: error   image-path-spaces         The 'thumbnail' image path",
                lines.get(6).substring(0, lines.get(6).indexOf("path '") + 4));
        assertEquals("    " + file + ":29:1: summary item #3", lines.get(10));
        String summary = lines.get(lines.size() - 2);
        assertEquals(true, summary.startsWith("13 problems (4 errors, 9 warnings, 0 info) in 1 of 1 file ("), summary);
        assertEquals("By rule: front-matter-whitespace 2, heading-summary-mismatch 2, image-path-spaces 2, inline-style 2, "
                + "stale-year 2, description-length 1, image-alt-missing 1, title-length 1.", lines.get(lines.size() - 1));
        CliRun quiet = CliRun.of("check", seed.toString(), "--config", config.toString(), "--offline", "--quiet");
        assertEquals(13, quiet.out().lines().filter(l -> l.startsWith(file)).count());
        assertEquals(false, quiet.out().contains("problems"), "--quiet prints only the findings");
        assertEquals(quiet.out(), CliRun.of("check", seed.toString(), "--config", config.toString(), "--offline",
                "--quiet", "--color=never").out());
        assertEquals(true, CliRun.of("check", seed.toString(), "--config", config.toString(), "--offline", "--quiet",
                "--color=always").out().contains("\u001b[31merror"), "--color=always colours even into a pipe");
    }
}
