package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.rules.support.Language;
import dev.postlint.rules.support.Syllables;
import dev.postlint.rules.support.Words;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
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
        assertEquals(Optional.of(Language.GERMAN), guess(Words.of("Die Katze und der Hund sind nicht im Haus.")));
        assertEquals(Optional.of(Language.ENGLISH), guess(Words.of("THE cat AND the dog are not in it.")));
        assertEquals(Optional.empty(), guess(Words.of("Lorem ipsum dolor sit amet, the end.")));
        assertEquals(Optional.empty(), guess(List.of()));
    }

    /**
     * Measuring each paragraph from one copy of its characters agrees with reading it word by word: the words, the plain ones
     * among them, their syllables in either language, the language guess and the sentences.
     */
    @Property(tries = 1000)
    void oneMeasuringPassAgreesWithReadingWordByWord(@ForAll @Size(max = 3) List<@StringLength(max = 40)
            @Chars({' ', '\n', '\u00A0', '.', '!', '-', '\'', '’', '1', 'ä', 'ü', 'ß', 'İ', '\u0301', '字', '\uD83D',
                    '\uDE00', 'D', 'e', 't', 'l', 'h', 'i', 'u', 'n', 'd'}) @CharRange(from = 'a', to = 'e') String> paragraphs) {
        ReadabilityRule.Measure measure = new ReadabilityRule.Measure();
        paragraphs.forEach(measure::add);
        List<String> plain = paragraphs.stream().flatMap(p -> Words.of(p).stream())
                .filter(ReadabilityRuleTest::isPlainWord).toList();
        assertEquals(plain.size(), measure.words);
        assertEquals(paragraphs.stream().mapToInt(Words::sentences).sum(), measure.sentences);
        for (Language language : Language.values()) {
            assertEquals(plain.stream().mapToInt(w -> Syllables.count(w, language)).sum(), measure.syllables.total(language));
        }
        assertEquals(guess(plain), measure.guess.language());
    }

    private static Optional<Language> guess(List<String> words) {
        Language.Guess guess = new Language.Guess();
        words.forEach(word -> guess.add(word.toCharArray(), 0, word.length()));
        return guess.language();
    }

    private static boolean isPlainWord(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’'
                || c == '-' || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK);
    }

    @Test
    void scoreFormulas() {
        assertEquals(206.835 - 1.015 * 10 - 84.6 * 1.5, ReadabilityRule.score(Language.ENGLISH, 100, 10, 150), 1e-9);
        assertEquals(180 - 10 - 58.5 * 1.5, ReadabilityRule.score(Language.GERMAN, 100, 10, 150), 1e-9);
    }
}
