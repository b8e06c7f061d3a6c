package dev.postlint.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordTextTest {
    record Inner(double ratio, char mark, float share) {
    }

    record Outer(String name, int count, long size, boolean on, Optional<Path> root, List<String> names,
                 Map<String, Integer> numbers, Inner inner, String missing, int[] raw) {
    }

    /** An accessor that does not return the field: Java's text, and so RecordText's, shows the field. */
    record Trimmed(String value) {
        @Override
        public String value() {
            return value.strip();
        }
    }

    record Empty() {
    }

    @Test
    void writesWhatJavaWritesForAnyComponent() {
        Outer outer = new Outer("a, b=[c]", -3, Long.MAX_VALUE, true, Optional.of(Path.of("/site")),
                List.of("x", "y"), Map.of("k", 1), new Inner(0.1 + 0.2, 'ü', 1.5f), null, new int[] {1});
        assertEquals(outer.toString(), RecordText.of(outer));
        assertEquals(new Inner(Double.NaN, '\n', -0.0f).toString(), RecordText.of(new Inner(Double.NaN, '\n', -0.0f)));
        assertEquals(new Trimmed(" padded ").toString(), RecordText.of(new Trimmed(" padded ")));
        assertEquals("Trimmed[value= padded ]", RecordText.of(new Trimmed(" padded ")));
        assertEquals(new Empty().toString(), RecordText.of(new Empty()));
    }
}
