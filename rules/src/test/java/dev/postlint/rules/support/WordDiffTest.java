package dev.postlint.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void replacedAddedAndRemovedWords() {
        assertEquals(List.of(new WordDiff.Hunk(List.of("Vertrieb"), List.of("Verkauf"), 1)),
                WordDiff.hunks("Den Vertrieb stärken", "Den Verkauf stärken"));
        assertEquals(List.of(new WordDiff.Hunk(List.of("dem"), List.of(), 2)),
                WordDiff.hunks("Mehr aus dem Garten holen", "Mehr aus Garten holen"));
        assertEquals(List.of(), WordDiff.hunks("same words", "same  words"));
    }

    @Test
    void similarity() {
        assertEquals(1.0, WordDiff.similarity("A b c", "a B c"));
        assertEquals(0.75, WordDiff.similarity("one two three four", "one two three five"));
        assertEquals(0.0, WordDiff.similarity("alpha", "beta"));
    }
}
