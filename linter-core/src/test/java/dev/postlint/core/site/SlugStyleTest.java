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

    @Test
    void goldmarksOtherIdTypes() {
        assertEquals("uber-cafe--bar", SlugStyle.GITHUB_ASCII.slug("Über Café & Bar"));
        assertEquals("über-café-bar", SlugStyle.BLACKFRIDAY.slug("Über Café & Bar"));
        assertEquals("api-sdk", SlugStyle.BLACKFRIDAY.slug("  API & SDK!  "));
        assertEquals("api--sdk", SlugStyle.GITHUB.slug("API & SDK"));
    }

    @Test
    void zolasStrategies() {
        assertEquals("uber-cafe-bar", SlugStyle.ZOLA.slug("Über Café & Bar"));
        assertEquals("Über-Café-&-Bar", SlugStyle.ZOLA_SAFE.slug("Über Café & Bar?"));
        assertEquals("Über Café & Bar?", SlugStyle.AS_WRITTEN.slug("Über Café & Bar?"));
        assertEquals(SlugStyle.ZOLA_SAFE, SlugStyle.parse("zola-safe"));
    }
}
