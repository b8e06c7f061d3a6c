package dev.postlint.core.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OccurrencesTest {
    private final Occurrences images = Occurrences.of("a ![x](y) b\n\nc d ![z", "![");

    @Test
    void aLiteralCountsOnlyWhenWhollyInsideTheRange() {
        assertTrue(images.within(0, 11));
        assertTrue(images.within(2, 4));
        assertFalse(images.within(2, 3), "cut in half at the end");
        assertFalse(images.within(3, 13), "starts before the range");
        assertFalse(images.within(11, 17));
        assertTrue(images.within(11, 19));
        assertFalse(images.within(19, 40));
    }

    @Test
    void aTextWithoutTheLiteralHasNone() {
        assertTrue(Occurrences.of("plain words", "![").none());
        assertFalse(images.none());
        assertFalse(Occurrences.of("", "![").within(0, 0));
    }
}
