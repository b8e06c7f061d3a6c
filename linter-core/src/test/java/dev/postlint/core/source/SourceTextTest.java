package dev.postlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void positionsOnLfCrlfAndLoneCrLines() {
        SourceText text = new SourceText("ab\ncd\r\nef\rgh");
        assertEquals(new Position(1, 1), text.position(0));
        assertEquals(new Position(2, 2), text.position(4));
        assertEquals(new Position(3, 1), text.position(7));
        assertEquals(new Position(4, 2), text.position(11));
        assertEquals(4, text.lineCount());
        assertEquals("cd", text.line(2));
        assertEquals("ef", text.line(3));
    }

    @Test
    void offsetAndPositionAreInverse() {
        SourceText text = new SourceText("one\r\ntwo\nthree");
        for (int offset = 0; offset < text.length(); offset++) {
            assertEquals(offset, text.offset(text.position(offset)));
        }
    }

    @Test
    void codePointColumnsBecomeUtf16Columns() {
        SourceText text = new SourceText("x\n\uD83D\uDE00 2020");
        int offset = text.offsetOfCodePointColumn(1, 1, 2);
        assertEquals(new Position(2, 4), text.position(offset));
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        byte[] bytes = ("\uFEFF---\ntitle: x\n---\n").getBytes(StandardCharsets.UTF_8);
        DecodedFile decoded = DecodedFile.decode(bytes);
        assertTrue(decoded.hadBom());
        assertEquals("---", decoded.source().line(1));
        assertTrue(decoded.firstMalformed().isEmpty());
    }

    @Test
    void invalidUtf8IsReplacedAndItsPositionKept() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xE4, 'd', '\n', 'e'};
        DecodedFile decoded = DecodedFile.decode(bytes);
        assertEquals(new Position(2, 3), decoded.firstMalformed().orElseThrow());
        assertEquals("bc\uFFFDd", decoded.source().line(2));
        assertEquals("e", decoded.source().line(3));
    }

    @Test
    void emptyFileHasOneEmptyLine() {
        SourceText text = new SourceText("");
        assertEquals(1, text.lineCount());
        assertEquals(Position.START, text.position(0));
    }
}
