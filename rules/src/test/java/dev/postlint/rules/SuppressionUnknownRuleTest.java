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

class SuppressionUnknownRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String markdown) throws Exception {
        SiteTester.write(dir, "p.md", markdown);
        List<Rule> rules = List.of(new InlineStyleRule(), new SuppressionUnknownRule());
        return SiteTester.run(dir, rules, SiteSettings.defaults(), LinkSettings.defaults(dir, "test").offline())
                .findings();
    }

    @Test
    void aMisspeltRuleIdGetsTheClosestRuleAndItsFindingStays() throws Exception {
        List<Finding> findings = check("<!-- postlint-disable-next-line inline-styles -->\n<b style=\"x\">y</b>\n");
        assertEquals(List.of("p.md 1:33 suppression-unknown warning", "p.md 2:4 inline-style error"),
                SiteTester.describe(dir, findings));
        assertEquals("'inline-styles' is neither a rule nor a category, so nothing is suppressed by it. Did you mean "
                + "'inline-style'?", findings.get(0).message());
    }

    @Test
    void aMisspeltCategoryAndAFrontMatterEntryAreFoundToo() throws Exception {
        List<Finding> findings = check("---\npostlint: {disable: [imagse, zzz-not-a-rule]}\n---\n"
                + "<!-- postlint-disable styel -->\n");
        assertEquals(List.of("p.md 2:22 suppression-unknown warning", "p.md 2:30 suppression-unknown warning",
                "p.md 4:23 suppression-unknown warning"), SiteTester.describe(dir, findings));
        assertEquals(List.of("Did you mean 'images'?", "`postlint rules` lists the rules.", "Did you mean 'style'?"),
                findings.stream().map(f -> f.message().substring(f.message().indexOf(". ") + 2)).toList());
    }

    @Test
    void anUnknownDirectiveIsReported() throws Exception {
        List<Finding> findings = check("Text <!-- postlint-disabled inline-style -->\n");
        assertEquals(List.of("p.md 1:11 suppression-unknown warning"), SiteTester.describe(dir, findings));
        assertEquals("'postlint-disabled' is not a postlint directive, so this comment does nothing. Did you mean "
                + "'postlint-disable'?", findings.get(0).message());
    }

    @Test
    void ordinaryCommentsAreNotDirectives() throws Exception {
        assertEquals(List.of(), check("<!-- TODO: postlint-disable later -->\n<!-- postlinting is fun -->\n"));
    }
}
