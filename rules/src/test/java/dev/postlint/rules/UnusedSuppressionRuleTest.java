package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.site.SiteSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusedSuppressionRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String markdown, LinkSettings links, Rule... others) throws Exception {
        SiteTester.write(dir, "p.md", markdown);
        List<Rule> rules = new java.util.ArrayList<>(List.of(others));
        rules.add(new UnusedSuppressionRule());
        return SiteTester.run(dir, rules, SiteSettings.defaults(), links).findings();
    }

    private List<Finding> check(String markdown, Rule... others) throws Exception {
        return check(markdown, LinkSettings.defaults(dir, "test").offline(), others);
    }

    @Test
    void eachNameThatSuppressedNothingIsReportedAtTheName() throws Exception {
        List<Finding> findings = check("""
                <!-- postlint-disable-next-line inline-style, image-alt-missing -->
                <span style="x">y</span>
                """, new InlineStyleRule(), new ImageAltMissingRule());
        assertEquals(List.of("p.md 1:47 unused-suppression info"), SiteTester.describe(dir, findings));
        assertEquals("'image-alt-missing' is suppressed here, but reports nothing on the next line. Remove it from "
                + "the postlint-disable-next-line comment, so it cannot hide a future problem.",
                findings.get(0).message());
    }

    @Test
    void aDirectiveWithoutNamesIsReportedAsAWhole() throws Exception {
        List<Finding> findings = check("Fine text.\n\n<!-- postlint-disable -->\nStill fine.\n",
                new InlineStyleRule());
        assertEquals(List.of("p.md 3:6 unused-suppression info"), SiteTester.describe(dir, findings));
        assertEquals("This postlint-disable suppresses nothing: no rule reports anything on the lines it covers. "
                + "Remove it, so it cannot hide a future problem.", findings.get(0).message());
    }

    @Test
    void anUnusedFrontMatterEntryIsReportedAtTheEntry() throws Exception {
        List<Finding> findings = check("---\npostlint:\n  disable:\n    - inline-style\n---\nText.\n",
                new InlineStyleRule());
        assertEquals(List.of("p.md 4:7 unused-suppression info"), SiteTester.describe(dir, findings));
        assertEquals("'inline-style' is disabled in the front matter, but reports nothing in this file. Remove it "
                + "from postlint.disable, so it cannot hide a future problem.", findings.get(0).message());
    }

    @Test
    void aSuppressionOfARuleThatDidNotRunIsNotJudged() throws Exception {
        assertEquals(List.of(), check("<!-- postlint-disable-next-line inline-style -->\nText.\n"));
    }

    @Test
    void withoutExternalLinkChecksASuppressionOfANetworkRuleIsNotJudged() throws Exception {
        String post = "<!-- postlint-disable-next-line link-broken -->\n[gone](https://gone.invalid/page)\n";
        assertEquals(List.of(), check(post, new LinkBrokenRule()));
        assertEquals(List.of(), check("<!-- postlint-disable links -->\n[gone](https://gone.invalid/page)\n",
                new LinkBrokenRule()));
        List<Finding> online = check("<!-- postlint-disable-next-line link-broken -->\n[here](#here)\n\n# Here\n",
                SiteTester.testLinks(dir.resolve(".cache")), new LinkBrokenRule());
        assertEquals(List.of("p.md 1:33 unused-suppression info"), SiteTester.describe(dir, online),
                "with external checks on, the same suppression is judged");
    }

    @Test
    void aSuppressionThatWorksIsNotReportedAndItsFindingIsGone() throws Exception {
        assertEquals(List.of(), check("<!-- postlint-disable-file inline-style -->\n<b style=\"x\">y</b>\n",
                new InlineStyleRule()));
    }
}
