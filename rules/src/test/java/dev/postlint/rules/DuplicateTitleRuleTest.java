package dev.postlint.rules;

import static dev.postlint.rules.SiteTester.describe;
import static dev.postlint.rules.SiteTester.testLinks;
import static dev.postlint.rules.SiteTester.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import dev.postlint.core.site.SiteSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateTitleRuleTest {
    @TempDir
    Path dir;

    @Test
    void sameTitleIgnoringCaseAndSpacesIsReportedOnBothPosts() throws Exception {
        write(dir, "p/a.md", "---\ntitle: Gärten im Winter\n---\n");
        write(dir, "p/b.md", "---\ntitle: \"  gärten im winter \"\n---\n");
        write(dir, "p/c.md", "---\ntitle: Gärten im Sommer\n---\n");
        List<Finding> findings = SiteTester.run(dir.resolve("p"), List.of(new DuplicateTitleRule()),
                SiteSettings.defaults(), testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("a.md 2:8 duplicate-title warning", "b.md 2:8 duplicate-title warning"),
                describe(dir.resolve("p"), findings));
        assertEquals(dir.resolve("p/b.md").toString(), findings.get(0).related().get(0).file());
        assertEquals("Another post has the same title (" + dir.resolve("p/b.md") + "); search engines show only one of "
                + "them and readers cannot tell them apart. Make each title unique.", findings.get(0).message());
    }
}
