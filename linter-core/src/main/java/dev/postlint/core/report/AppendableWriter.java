package dev.postlint.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** A {@link Writer} onto an {@link Appendable}, so that a library writing to a Writer streams into a report's target. */
final class AppendableWriter extends Writer {
    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    static Writer of(Appendable out) {
        return out instanceof Writer writer ? writer : new AppendableWriter(out);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (out instanceof StringBuilder builder) {
            builder.append(chars, offset, length);
        } else {
            out.append(CharBuffer.wrap(chars, offset, length));
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof java.io.Flushable flushable) {
            flushable.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
