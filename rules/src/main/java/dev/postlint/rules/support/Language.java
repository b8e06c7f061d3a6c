package dev.postlint.rules.support;

import dev.postlint.core.Post;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language of a post: front matter {@code lang}, {@code language} or {@code locale}, else the site's
 * {@code site.language}, else a guess from the text by counting common English and German words.
 */
public enum Language {
    ENGLISH, GERMAN;

    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "is", "in", "that", "it", "for",
            "you", "with", "are", "this", "on", "be", "as", "your", "can", "have", "not", "or", "we", "will", "an");
    private static final Set<String> GERMAN_WORDS = Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine",
            "zu", "mit", "sie", "für", "auf", "den", "von", "sich", "im", "dem", "des", "es", "auch", "wie", "oder", "wir");
    private static final Map<String, Integer> COMMON = bothLists();
    private static final int LONGEST_COMMON_WORD = java.util.stream.Stream.concat(ENGLISH_WORDS.stream(),
            GERMAN_WORDS.stream()).mapToInt(String::length).max().orElseThrow();

    private static Map<String, Integer> bothLists() {
        Map<String, Integer> common = new HashMap<>();
        ENGLISH_WORDS.forEach(word -> common.merge(word, 1, Integer::sum));
        GERMAN_WORDS.forEach(word -> common.merge(word, 2, Integer::sum));
        return common;
    }

    /**
     * The post's language as its front matter or the site declares it, else guessed from its plain words
     * (readability's: letters, marks, apostrophes and hyphens). Every common word is one, so the guess is
     * the one all its words would give.
     */
    public static Optional<Language> of(Post post, Optional<String> siteDefault, Guess plainWords) {
        for (String key : new String[] {"lang", "language", "locale"}) {
            Optional<String> value = post.frontMatter().text(key);
            if (value.isPresent()) {
                return named(value.get());
            }
        }
        if (siteDefault.isPresent()) {
            return named(siteDefault.get());
        }
        return plainWords.language();
    }

    /** English or German for a code such as {@code de}, {@code de-AT} or {@code en_US}; empty for others. */
    static Optional<Language> named(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.startsWith("de")) {
            return Optional.of(GERMAN);
        }
        return c.startsWith("en") ? Optional.of(ENGLISH) : Optional.empty();
    }

    /**
     * English or German by common words, or empty when neither is clearly there: the common words of each language
     * counted as words are read; only words as short as a common one become strings.
     */
    public static final class Guess {
        private int english;
        private int german;

        /** Adds the word {@code chars[from..to)}. */
        public void add(char[] chars, int from, int to) {
            if (to - from <= LONGEST_COMMON_WORD) {
                int common = common(new String(chars, from, to - from).toLowerCase(Locale.ROOT));
                english += common & 1;
                german += common >> 1;
            }
        }

        public Optional<Language> language() {
            if (english + german < 5) {
                return Optional.empty();
            }
            return Optional.of(german > english ? GERMAN : ENGLISH);
        }
    }

    /** 1 for a common English word, 2 for a common German one, 0 for others: one look-up for both lists. */
    private static int common(String lowerCase) {
        Integer found = COMMON.get(lowerCase);
        return found == null ? 0 : found;
    }
}
