package dev.postlint.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberedLabelTest {
    @Test
    void labelStyles() {
        assertEquals(Optional.of(new NumberedLabel(1, "Wert vermitteln")), NumberedLabel.parse("#1: Wert vermitteln"));
        assertEquals(Optional.of(new NumberedLabel(12, "Twelve")), NumberedLabel.parse("12) Twelve"));
        assertEquals(Optional.of(new NumberedLabel(3, "Gießen")), NumberedLabel.parse("Schritt 3 – Gießen"));
        assertEquals(Optional.of(new NumberedLabel(2, "")), NumberedLabel.parse("Step 2"));
        assertEquals(Optional.of(new NumberedLabel(4, "Fourth")), NumberedLabel.parse("4. Fourth"));
    }

    @Test
    void notLabels() {
        for (String text : List.of("2020: Rückblick", "Stepping 1 up", "10 Tipps für Gärtner", "Version 1.2", "")) {
            assertEquals(Optional.empty(), NumberedLabel.parse(text), text);
        }
    }
}
