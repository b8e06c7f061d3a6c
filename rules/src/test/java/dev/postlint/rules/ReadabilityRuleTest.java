package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.rules.support.Language;
import dev.postlint.rules.support.Syllables;
import org.junit.jupiter.api.Test;

/** The formulas behind the readability rule; its findings are tested by the fixtures. */
class ReadabilityRuleTest {
    @Test
    void syllablesHandleGermanDiphthongsAndEnglishSilentE() {
        assertEquals(4, Syllables.count("Vertriebsleiter", Language.GERMAN));
        assertEquals(3, Syllables.count("Erhöhung", Language.GERMAN));
        assertEquals(1, Syllables.count("make", Language.ENGLISH));
        assertEquals(4, Syllables.count("dependency", Language.ENGLISH));
    }

    @Test
    void scoreFormulas() {
        assertEquals(206.835 - 1.015 * 10 - 84.6 * 1.5, ReadabilityRule.score(Language.ENGLISH, 100, 10, 150), 1e-9);
        assertEquals(180 - 10 - 58.5 * 1.5, ReadabilityRule.score(Language.GERMAN, 100, 10, 150), 1e-9);
    }
}
