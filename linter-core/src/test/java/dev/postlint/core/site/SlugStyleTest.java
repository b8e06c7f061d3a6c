package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void zolasIdsAreKnownForLatinLettersOnly() {
        assertTrue(SlugStyle.ZOLA.knowsSlugOf("Über Café & Bar – “quoted”, 2024!"));
        assertFalse(SlugStyle.ZOLA.knowsSlugOf("🌟 Showcase"));
        assertFalse(SlugStyle.ZOLA.knowsSlugOf("北京"));
        assertFalse(SlugStyle.ZOLA.knowsSlugOf("Price in €"));
        // Punctuation the transliteration spells with letters or digits: Zola's id of "§ 3 Datenschutz" starts with "ss".
        assertFalse(SlugStyle.ZOLA.knowsSlugOf("§ 3 Datenschutz"));
        assertFalse(SlugStyle.ZOLA.knowsSlugOf("¶ Notes"));
        assertFalse(SlugStyle.ZOLA.knowsSlugOf("Growth in ‰"));
        assertTrue(SlugStyle.ZOLA.knowsSlugOf("Notes… ¿Qué? «Oui» — ‘yes’ • done"));
        assertTrue(SlugStyle.GITHUB.knowsSlugOf("🌟 Showcase"));
        assertTrue(SlugStyle.ZOLA.couldMake("glowing-star-showcase-1"));
        assertFalse(SlugStyle.ZOLA.couldMake("-showcase"));
        assertFalse(SlugStyle.ZOLA.couldMake("a--b"));
        assertFalse(SlugStyle.ZOLA.couldMake("北京"));
        assertTrue(SlugStyle.ZOLA_SAFE.couldMake("-anything"));
    }
}
