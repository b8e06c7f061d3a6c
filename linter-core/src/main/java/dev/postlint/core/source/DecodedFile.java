package dev.postlint.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file's bytes decoded as UTF-8. Invalid bytes become U+FFFD so the rest of the file can still
 * be checked; the position of the first invalid byte is kept for a finding.
 */
public record DecodedFile(SourceText source, boolean hadBom, Optional<Position> firstMalformed) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static DecodedFile decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int start = bom ? 3 : 0;
        // The JDK's own decoding into a string is the fast one; it puts U+FFFD for invalid bytes, so a text
        // with U+FFFD in it is decoded again, strictly, to tell a file that has the character from one
        // that has invalid bytes.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new DecodedFile(new SourceText(text), bom, Optional.empty());
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            strict.decode(in);
            return new DecodedFile(new SourceText(text), bom, Optional.empty());
        } catch (CharacterCodingException e) {
            return decodeLeniently(bytes, start, bom);
        }
    }

    private static DecodedFile decodeLeniently(byte[] bytes, int start, boolean bom) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int firstBadChar = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (firstBadChar < 0) {
                    firstBadChar = out.position();
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        SourceText source = new SourceText(out.toString());
        return new DecodedFile(source, bom, Optional.of(source.position(firstBadChar)));
    }
}
