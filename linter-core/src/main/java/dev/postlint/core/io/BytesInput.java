package dev.postlint.core.io;

import java.io.InputStream;

/**
 * An input stream over a byte array without the lock {@link java.io.ByteArrayInputStream} and
 * {@link java.io.BufferedInputStream} take at every {@code read()}: a {@link java.io.DataInputStream}
 * reads numbers a byte at a time, and the result cache reads megabytes of them.
 */
public final class BytesInput extends InputStream {
    private final byte[] bytes;
    private int next;

    public BytesInput(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        return next < bytes.length ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (next >= bytes.length) {
            return -1;
        }
        int n = Math.min(length, bytes.length - next);
        System.arraycopy(bytes, next, into, offset, n);
        next += n;
        return n;
    }

    @Override
    public int available() {
        return bytes.length - next;
    }
}
