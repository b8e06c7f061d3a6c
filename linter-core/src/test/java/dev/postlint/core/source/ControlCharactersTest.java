package dev.postlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void controlCharactersBecomeVisibleEscapesAndTheRestStays() {
        assertEquals("a\\x1b]0;x\\x07b\\x1b[2J", ControlCharacters.escape("a\u001b]0;x\u0007b\u001b[2J"));
        assertEquals("\\x7f\\x9b über\ttab", ControlCharacters.escape("\u007f\u009b über\ttab"));
        String plain = "nothing to do";
        assertSame(plain, ControlCharacters.escape(plain));
    }

    @Test
    void textBeyondLatin1IsSearchedToo() {
        assertEquals("日本\\x1b語 😀 \\x85", ControlCharacters.escape("日本\u001b語 😀 \u0085"));
        String wide = "日本語 😀 Ǆ ſ";
        assertSame(wide, ControlCharacters.escape(wide));
    }
}
