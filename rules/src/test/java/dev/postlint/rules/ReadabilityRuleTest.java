package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.rules.support.Language;
import dev.postlint.rules.support.Syllables;
import dev.postlint.rules.support.Words;
import java.util.List;
import java.util.Optional;
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
    void theLanguageIsGuessedFromCommonWordsInAnyCase() {
        assertEquals(Optional.of(Language.GERMAN), Language.guess(Words.of("Die Katze und der Hund sind nicht im Haus.")));
        assertEquals(Optional.of(Language.ENGLISH), Language.guess(Words.of("THE cat AND the dog are not in it.")));
        assertEquals(Optional.empty(), Language.guess(Words.of("Lorem ipsum dolor sit amet, the end.")));
        assertEquals(Optional.empty(), Language.guess(List.of()));
    }

    @Test
    void scoreFormulas() {
        assertEquals(206.835 - 1.015 * 10 - 84.6 * 1.5, ReadabilityRule.score(Language.ENGLISH, 100, 10, 150), 1e-9);
        assertEquals(180 - 10 - 58.5 * 1.5, ReadabilityRule.score(Language.GERMAN, 100, 10, 150), 1e-9);
    }
}
