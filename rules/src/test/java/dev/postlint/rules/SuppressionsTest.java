package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.site.SiteSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way to suppress a finding in a post, with the real rules and engine. */
class SuppressionsTest {
    private static final String STYLED = "<span style=\"color: red\">x</span>";

    @TempDir
    Path dir;

    private List<String> check(String markdown) throws Exception {
        SiteTester.write(dir, "p.md", markdown);
        List<Rule> rules = List.of(new InlineStyleRule(), new ImageAltMissingRule(), new UnusedSuppressionRule(),
                new SuppressionUnknownRule());
        return SiteTester.describe(dir, SiteTester.run(dir, rules, SiteSettings.defaults(),
                LinkSettings.defaults(dir, "test").offline()).findings());
    }

    @Test
    void disableAndEnableCoverTheLinesBetween() throws Exception {
        assertEquals(List.of("p.md 1:15 inline-style error", "p.md 5:15 inline-style error"), check("""
                Before: STYLED
                <!-- postlint-disable inline-style -->
                Inside: STYLED
                <!-- postlint-enable inline-style -->
                After:  STYLED
                """.replace("STYLED", STYLED)));
    }

    @Test
    void aDisableWithoutNamesSilencesEveryRuleUntilAnEnableWithoutNames() throws Exception {
        assertEquals(List.of("p.md 5:1 image-alt-missing warning"), check("""
                <!-- postlint-disable -->
                ![](a.png) and STYLED
                <!-- postlint-enable -->

                ![](b.png)
                """.replace("STYLED", STYLED)));
    }

    @Test
    void aCategoryNameWorksWhereARuleIdDoes() throws Exception {
        assertEquals(List.of("p.md 3:1 image-alt-missing warning"), check("""
                <!-- postlint-disable style -->
                STYLED
                ![](a.png)
                """.replace("STYLED", STYLED)));
    }

    @Test
    void disableNextLineAndDisableLineCoverOneLineOnly() throws Exception {
        assertEquals(List.of("p.md 3:7 inline-style error", "p.md 5:1 image-alt-missing warning",
                "p.md 5:39 unused-suppression info"), check("""
                <!-- postlint-disable-next-line inline-style, image-alt-missing -->
                STYLED ![](a.png)
                STYLED
                STYLED <!-- postlint-disable-line inline-style -->
                ![](b.png) <!-- postlint-disable-line inline-style -->
                """.replace("STYLED", STYLED)));
    }

    @Test
    void disableFileCoversTheWholeFileWhereverItStands() throws Exception {
        assertEquals(List.of("p.md 1:1 image-alt-missing warning"), check("""
                ![](a.png) STYLED

                STYLED
                <!-- postlint-disable-file inline-style -->
                """.replace("STYLED", STYLED)));
    }

    @Test
    void commentsInCodeAreNoDirectives() throws Exception {
        assertEquals(List.of("p.md 5:7 inline-style error"), check("""
                ```html
                <!-- postlint-disable inline-style -->
                ```

                STYLED
                """.replace("STYLED", STYLED)));
    }

    @Test
    void theFrontMatterDisablesRulesForTheFileInYamlTomlAndJson() throws Exception {
        String body = "\nSTYLED ![](a.png)\n".replace("STYLED", STYLED);
        assertEquals(List.of("p.md 5:35 image-alt-missing warning"),
                check("---\npostlint:\n  disable: [inline-style]\n---\n" + body.substring(1)));
        assertEquals(List.of("p.md 5:35 image-alt-missing warning"),
                check("+++\n[postlint]\ndisable = [\"inline-style\"]\n+++\n" + body.substring(1)));
        assertEquals(List.of("p.md 4:35 image-alt-missing warning"),
                check("{\n  \"postlint\": {\"disable\": [\"inline-style\"]}\n}\n" + body.substring(1)));
        assertEquals(List.of("p.md 4:7 inline-style error"),
                check("---\npostlint: {disable: images}\n---\n" + body.substring(1)));
    }
}
