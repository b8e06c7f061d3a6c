package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugStyleTest {
    @Test
    void githubKeepsUnicodeLettersAndDropsPunctuation() {
        assertEquals("größe-und-maße", SlugStyle.GITHUB.slug("Größe und Maße"));
        assertEquals("1-verbesserte-vermittlung-von-wert", SlugStyle.GITHUB.slug("#1: Verbesserte Vermittlung von Wert"));
        assertEquals("step_one--now", SlugStyle.GITHUB.slug("Step_One – Now"));
    }

    @Test
    void kramdownKeepsAsciiOnlyAndDropsLeadingNonLetters() {
        assertEquals("gre-und-mae", SlugStyle.KRAMDOWN.slug("Größe und Maße"));
        assertEquals("verbesserte-vermittlung-von-wert", SlugStyle.KRAMDOWN.slug("#1: Verbesserte Vermittlung von Wert"));
        assertEquals("section", SlugStyle.KRAMDOWN.slug("2024"));
    }
}
