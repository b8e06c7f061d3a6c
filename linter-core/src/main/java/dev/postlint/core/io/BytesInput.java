package dev.postlint.core.io;

import java.io.InputStream;

/**
 * An input stream over a byte array without the lock {@link java.io.ByteArrayInputStream} and
 * {@link java.io.BufferedInputStream} take at every {@code read()}: a {@link java.io.DataInputStream}
 * reads numbers a byte at a time, and the result cache reads megabytes of them.
 */
public final class BytesInput extends InputStream {
    private final byte[] bytes;
    private final int end;
    private int next;

    public BytesInput(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** The {@code length} bytes from {@code offset}. */
    public BytesInput(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        this.bytes = bytes;
        this.next = offset;
        this.end = offset + length;
    }

    /** Where the next byte is read from, as an index into the array. */
    public int position() {
        return next;
    }

    @Override
    public long skip(long n) {
        int skipped = (int) Math.max(0, Math.min(n, end - next));
        next += skipped;
        return skipped;
    }

    @Override
    public int read() {
        return next < end ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (next >= end) {
            return -1;
        }
        int n = Math.min(length, end - next);
        System.arraycopy(bytes, next, into, offset, n);
        next += n;
        return n;
    }

    @Override
    public int available() {
        return end - next;
    }
}
