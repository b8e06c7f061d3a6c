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

class DuplicateDescriptionRuleTest {
    @TempDir
    Path dir;

    @Test
    void threePostsSharingADescriptionEachNameTheOthers() throws Exception {
        for (String name : List.of("a", "b", "c")) {
            write(dir, "p/" + name + ".md", "---\ntitle: " + name + "\ndescription: Tips for writers.\n---\n");
        }
        write(dir, "p/d.md", "---\ntitle: d\ndescription: Something else.\n---\n");
        List<Finding> findings = SiteTester.run(dir.resolve("p"), List.of(new DuplicateDescriptionRule()),
                SiteSettings.defaults(), testLinks(dir.resolve("cache")).offline()).findings();
        assertEquals(List.of("a.md 3:14 duplicate-description warning", "b.md 3:14 duplicate-description warning",
                "c.md 3:14 duplicate-description warning"), describe(dir.resolve("p"), findings));
        assertEquals(2, findings.get(1).related().size());
        assertEquals("Another post has the same description (" + dir.resolve("p/a.md") + " and 1 more); search engines "
                + "show only one of them and readers cannot tell them apart. Make each description unique.",
                findings.get(1).message());
    }
}
