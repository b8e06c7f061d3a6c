package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.rules.support.Language;
import dev.postlint.rules.support.Syllables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadabilityRuleTest {
    private final ReadabilityRule rule = new ReadabilityRule();

    private static final String EASY_ENGLISH = "We like to cook. The food is good. We eat with friends. They bring bread. "
            .repeat(10);
    private static final String HARD_ENGLISH = ("Organizational considerations regarding interdisciplinary "
            + "collaboration necessitate comprehensive evaluation of institutional infrastructure and communication "
            + "methodologies. ").repeat(10);
    private static final String EASY_GERMAN = "Wir kochen gern. Das Essen ist gut. Wir essen mit Freunden. Sie bringen Brot. "
            .repeat(10);
    private static final String HARD_GERMAN = ("Die Berücksichtigung organisatorischer Rahmenbedingungen erfordert "
            + "eine umfassende Überprüfung sämtlicher Kommunikationsstrukturen innerhalb der Unternehmensorganisation. ")
            .repeat(10);

    @Test
    void syllablesHandleGermanDiphthongsAndEnglishSilentE() {
        assertEquals(4, Syllables.count("Vertriebsleiter", Language.GERMAN));
        assertEquals(3, Syllables.count("Erhöhung", Language.GERMAN));
        assertEquals(1, Syllables.count("make", Language.ENGLISH));
        assertEquals(4, Syllables.count("dependency", Language.ENGLISH));
    }

    @Test
    void englishFlesch() {
        assertEquals(List.of(), check(rule, "p.md", EASY_ENGLISH + "\n"));
        var findings = check(rule, "p.md", "---\ntitle: t\n---\n" + HARD_ENGLISH + "\n");
        assertEquals(List.of("4:1"), positions(findings));
        assertEquals("The text is hard to read: Flesch reading ease is -163.9 (below 50), with 14.0 words per sentence "
                + "and 4.21 syllables per word. Use shorter sentences and simpler words.", findings.get(0).message());
    }

    @Test
    void germanAmstadFromDetectionOrFrontMatter() {
        assertEquals(List.of(), check(rule, "p.md", EASY_GERMAN + "\n"));
        var findings = check(rule, "p.md", HARD_GERMAN + "\n");
        assertEquals("The text is hard to read: Amstad's German Flesch score is -94.0 (below 50), with 13.0 words per "
                + "sentence and 4.46 syllables per word. Use shorter sentences and simpler words.",
                findings.get(0).message());
        assertEquals(1, check(rule, "p.md", "---\nlang: de-DE\n---\n" + HARD_GERMAN + "\n").size());
        assertEquals(List.of(), check(rule, "p.md", "---\nlang: fr\n---\n" + HARD_GERMAN + "\n"));
    }

    @Test
    void siteDefaultLanguageComesBeforeGuessing() {
        String mixed = HARD_GERMAN + "\n";
        assertEquals(List.of(), RuleTester.check(rule, "p.md", mixed, Map.of(), dev.postlint.core.frontmatter.FrontMatterSettings
                .defaults(), "fr"));
        assertEquals(1, RuleTester.check(rule, "p.md", mixed, Map.of(), dev.postlint.core.frontmatter.FrontMatterSettings
                .defaults(), "de").size());
    }

    @Test
    void shortTextsAndTheThreshold() {
        assertEquals(List.of(), check(rule, "p.md", "Organizational considerations necessitate evaluation.\n"));
        assertEquals(List.of(), check(rule, "p.md", HARD_ENGLISH + "\n", Map.of("minScore", -200)));
    }

    @Test
    void scoreFormulas() {
        assertEquals(206.835 - 1.015 * 10 - 84.6 * 1.5, ReadabilityRule.score(Language.ENGLISH, 100, 10, 150), 1e-9);
        assertEquals(180 - 10 - 58.5 * 1.5, ReadabilityRule.score(Language.GERMAN, 100, 10, 150), 1e-9);
    }
}
