package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.Prose;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.rules.support.Language;
import dev.postlint.rules.support.Syllables;
import dev.postlint.rules.support.Words;
import java.util.Locale;
import java.util.Optional;

/**
 * Flesch reading ease below 50: Flesch's formula for English, Amstad's adaptation for German. Needs at
 * least {@code minWords} words to say anything.
 */
@AutoService(Rule.class)
public final class ReadabilityRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MIN_SCORE = RuleOption.integer("minScore", 50, "Lowest acceptable reading ease.");
    static final RuleOption<Integer> MIN_WORDS = RuleOption.integer("minWords", 100, "Fewest words to judge a text.");

    public ReadabilityRule() {
        super("readability", Severity.INFO, Category.READABILITY, "The text is hard to read (Flesch reading ease below 50).", MIN_SCORE, MIN_WORDS);
    }

    /** Letters, marks, apostrophes and hyphens only: no numbers, addresses or code left in the prose. */
    static boolean isPlainWord(char[] chars, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(chars, i, to);
            if (!isWordCharacter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isWordCharacter(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    @Override
    public void check(Post post, RuleContext context) {
        Measure text = new Measure();
        for (Prose p : post.body().prose()) {
            text.add(p.text());
        }
        Optional<Language> language = Language.of(post, context.siteSettings().language(), text.guess);
        if (language.isEmpty() || text.words < context.option(MIN_WORDS)) {
            return;
        }
        int syllables = text.syllables.total(language.get());
        double score = score(language.get(), text.words, text.sentences, syllables);
        if (score < context.option(MIN_SCORE)) {
            String formula = language.get() == Language.GERMAN ? "Amstad's German Flesch score" : "Flesch reading ease";
            context.report(post, post.body().position(0), String.format(Locale.ROOT, "The text is hard to read: %s is "
                    + "%.1f (below %d), with %.1f words per sentence and %.2f syllables per word. Use shorter sentences "
                    + "and simpler words.", formula, score, context.option(MIN_SCORE), (double) text.words / text.sentences,
                    (double) syllables / text.words));
        }
    }

    /**
     * The plain words, sentences and syllables of paragraphs, and the language their common words suggest, read
     * from one copy of each paragraph's characters: one pass for the words, one for the sentences.
     */
    static final class Measure {
        int words;
        int sentences;
        final Syllables.Tally syllables = new Syllables.Tally();
        final Language.Guess guess = new Language.Guess();

        void add(String paragraph) {
            char[] chars = paragraph.toCharArray();
            Words.scan(chars, (from, to) -> {
                if (isPlainWord(chars, from, to)) {
                    words++;
                    syllables.add(chars, from, to);
                    guess.add(chars, from, to);
                }
            });
            sentences += Words.sentences(chars);
        }
    }

    static double score(Language language, int words, int sentences, int syllables) {
        double wordsPerSentence = (double) words / sentences;
        double syllablesPerWord = (double) syllables / words;
        return language == Language.GERMAN
                ? 180 - wordsPerSentence - 58.5 * syllablesPerWord
                : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    }
}
