package dev.postlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
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
    void theReplacementCharacterItselfIsNoInvalidByte() {
        DecodedFile decoded = DecodedFile.decode("a\n\uFFFD b\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(decoded.firstMalformed().isEmpty());
        assertEquals("\uFFFD b", decoded.source().line(2));
    }

    /** Any bytes: invalid exactly when a strict decoder refuses them, and else the text they encode. */
    @Property(tries = 5000)
    void invalidExactlyWhenAStrictDecoderRefuses(@ForAll @Size(max = 12) List<@From("utf8ish") Byte> list) {
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = list.get(i);
        }
        DecodedFile decoded = DecodedFile.decode(bytes);
        try {
            String strict = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            assertTrue(decoded.firstMalformed().isEmpty());
            assertEquals(strict.startsWith("\uFEFF") ? strict.substring(1) : strict, decoded.source().text());
        } catch (CharacterCodingException e) {
            assertTrue(decoded.firstMalformed().isPresent());
        }
    }

    /** Bytes that make valid and invalid UTF-8 alike: ASCII, lead and continuation bytes, a BOM's and U+FFFD's. */
    @Provide
    Arbitrary<Byte> utf8ish() {
        return Arbitraries.of((byte) 'a', (byte) '\n', (byte) 0xC3, (byte) 0xA4, (byte) 0xC0, (byte) 0x80,
                (byte) 0xE4, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xBD, (byte) 0xED, (byte) 0xA0,
                (byte) 0xF0, (byte) 0x9F, (byte) 0xF8, (byte) 0xFF);
    }

    @Test
    void emptyFileHasOneEmptyLine() {
        SourceText text = new SourceText("");
        assertEquals(1, text.lineCount());
        assertEquals(Position.START, text.position(0));
    }
}
