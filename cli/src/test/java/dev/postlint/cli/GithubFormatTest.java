package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postlint.core.pipeline.CheckException;
import dev.postlint.core.pipeline.ReportTarget;
import dev.postlint.core.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubFormatTest {
    @TempDir
    Path dir;

    @Test
    void oneWorkflowCommandPerFindingWithEscaping() throws Exception {
        Path config = Files.writeString(dir.resolve(".postlint.yml"), TestConfigs.WITHOUT_LENGTH_RULES);
        Path post = Files.writeString(dir.resolve("a, b.md"), "---\ntitle: \"x \"\ndescription: d\ndate: 2024-01-01\n"
                + "author: a\n---\n<p style=\"x\">a</p>\n");
        CliRun run = CliRun.of("check", post.toString(), "--config", config.toString(), "--format", "github");
        assertEquals(List.of(
                "::warning file=" + post.toString().replace(",", "%2C") + ",line=1,col=1,title=slug-format::The file name "
                        + "slug 'a, b' has spaces; such URLs are hard to type, share and read, and get percent-encoded. Use 'a-b'.",
                "::warning file=" + post.toString().replace(",", "%2C") + ",line=2,col=10,title=front-matter-whitespace"
                        + "::The 'title' value ends with a space; remove it.",
                "::error file=" + post.toString().replace(",", "%2C") + ",line=7,col=4,title=inline-style"
                        + "::A style attribute on <p>: inline CSS bypasses the site's design and dark mode and is dropped "
                        + "by many feed readers; use a class from the stylesheet instead."), run.out().lines().toList());
    }

    @Test
    void formatsPairWithOutputsAndGithubIsAddedOnGithubActions() throws Exception {
        assertEquals(List.of(new ReportTarget(ReportFormat.TEXT, Optional.empty()),
                new ReportTarget(ReportFormat.GITHUB, Optional.empty())), ReportTarget.pair(List.of(), List.of(), true));
        assertEquals(List.of(new ReportTarget(ReportFormat.TEXT, Optional.empty())), ReportTarget.pair(List.of(), List.of(), false));
        assertEquals(List.of(new ReportTarget(ReportFormat.SARIF, Optional.of(Path.of("a.sarif"))),
                        new ReportTarget(ReportFormat.TEXT, Optional.empty())),
                ReportTarget.pair(List.of(ReportFormat.SARIF, ReportFormat.TEXT), List.of(Path.of("a.sarif")), true));
        assertThrows(CheckException.class,
                () -> ReportTarget.pair(List.of(ReportFormat.SARIF, ReportFormat.HTML), List.of(), false));
    }
}
