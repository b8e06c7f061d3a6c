package dev.postlint.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** BytesInput reads as ByteArrayInputStream does: bytes as 0 to 255, -1 at the end, the bounds checked. */
class BytesInputTest {
    @Test
    void readsEachByteUnsignedThenTheEnd() {
        BytesInput in = new BytesInput(new byte[] {0, 127, (byte) 0x80, (byte) 0xff});
        assertEquals(4, in.available());
        assertEquals(0, in.read());
        assertEquals(127, in.read());
        assertEquals(128, in.read());
        assertEquals(255, in.read());
        assertEquals(-1, in.read());
        assertEquals(0, in.available());
    }

    @Test
    void readsInBlocksUpToWhatIsLeft() {
        BytesInput in = new BytesInput(new byte[] {1, 2, 3, 4, 5});
        byte[] into = new byte[4];
        assertEquals(0, in.read(into, 0, 0));
        assertEquals(3, in.read(into, 1, 3));
        assertArrayEquals(new byte[] {0, 1, 2, 3}, into);
        assertEquals(2, in.read(into, 0, 4));
        assertArrayEquals(new byte[] {4, 5, 2, 3}, into);
        assertEquals(-1, in.read(into, 0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> in.read(into, 2, 3));
    }

    @Test
    void aDataInputStreamReadsNumbersAndStopsAtTheEnd() throws IOException {
        DataInputStream in = new DataInputStream(new BytesInput(new byte[] {0, 0, 1, 2, 0, 2, 'o', 'k', 7}));
        assertEquals(258, in.readInt());
        assertEquals("ok", in.readUTF());
        assertThrows(EOFException.class, in::readInt);
    }
}
