package dev.postlint.core.run;

import dev.postlint.core.io.BytesInput;
import dev.postlint.core.site.SummarySpill;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The result cache's summaries, each deflated on its own (zlib, whose Adler-32 checks it when it is
 * inflated), so that a site's summaries take about a sixth of their size in memory and each is inflated
 * only when asked for. A site of 50,000 posts has 900 MB of them inflated, which under {@code -Xmx1g}
 * left no room for anything else. In the cache file they are one part: their number, then each key with
 * its summary's size, its deflated size and its deflated bytes, then a CRC-32 of all that.
 */
final class SummaryPart {
    /**
     * A deflated summary: {@code length} bytes from {@code offset} of {@code bytes}, or from {@code offset} of
     * the spill's file when {@code bytes} is null; {@code size} once inflated.
     */
    record Deflated(byte[] bytes, long offset, int length, int size, SummarySpill spill) {
        Deflated(byte[] bytes, int offset, int length, int size) {
            this(bytes, offset, length, size, null);
        }

        /** The same summary with its bytes in memory, read back from the spill if they are there. */
        Deflated loaded() {
            return bytes != null ? this : new Deflated(spill.read(offset, length), 0, length, size);
        }

        /** The same summary with its bytes in the spill's file; itself when the disk refuses them. */
        Deflated spilledTo(SummarySpill to) {
            Deflated here = loaded();
            long at = to.append(java.util.Arrays.copyOfRange(here.bytes, (int) here.offset, (int) here.offset + length));
            return at < 0 ? this : new Deflated(null, at, length, size, to);
        }
    }

    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

    private SummaryPart() {
    }

    static Deflated deflate(byte[] summary) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(summary);
        deflater.finish();
        byte[] out = new byte[summary.length / 2 + 64];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        return new Deflated(java.util.Arrays.copyOf(out, length), 0, length, summary.length);
    }

    /** The summary's bytes; an exception when they do not inflate to its size with a right checksum. */
    static byte[] inflate(Deflated summary) throws IOException {
        Deflated deflated = summary.loaded();
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated.bytes(), (int) deflated.offset(), deflated.length());
            byte[] out = new byte[deflated.size()];
            int length = 0;
            while (length < out.length && !inflater.finished()) {
                int n = inflater.inflate(out, length, out.length - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                length += n;
            }
            if (length != out.length || !inflater.finished() || inflater.getRemaining() != 0) {
                throw new IOException("a summary of the wrong size");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException(e);
        } finally {
            inflater.end();
        }
    }

    /** Writes the part of these summaries, in the map's order. */
    static void write(Map<String, Deflated> summaries, OutputStream file) throws IOException {
        CRC32 crc = new CRC32();
        BufferedOutputStream buffered = new BufferedOutputStream(file, 1 << 16);
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc));
        out.writeInt(summaries.size());
        for (Map.Entry<String, Deflated> e : summaries.entrySet()) {
            Deflated d = e.getValue().loaded();
            out.writeUTF(e.getKey());
            out.writeInt(d.size());
            out.writeInt(d.length());
            out.write(d.bytes(), (int) d.offset(), d.length());
        }
        out.flush();
        new DataOutputStream(buffered).writeInt((int) crc.getValue());
        buffered.flush();
    }

    /**
     * The summaries of a part read from a file, pointing into its bytes; none when the part is not whole
     * (its checksum or its shape is wrong).
     */
    static Map<String, Deflated> index(byte[] file, int offset, int length) {
        Map<String, Deflated> index = new HashMap<>();
        if (length == 0) {
            return index;
        }
        try {
            if (length < 8) {
                throw new IOException("cut short");
            }
            CRC32 crc = new CRC32();
            crc.update(file, offset, length - 4);
            BytesInput bytes = new BytesInput(file, offset, length);
            DataInputStream in = new DataInputStream(bytes);
            bytes.skip(length - 4);
            if (in.readInt() != (int) crc.getValue()) {
                throw new IOException("checksum");
            }
            bytes = new BytesInput(file, offset, length - 4);
            in = new DataInputStream(bytes);
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                int size = in.readInt();
                int deflated = in.readInt();
                if (size < 0 || deflated < 0 || deflated > bytes.available()) {
                    throw new IOException("cut short");
                }
                index.put(key, new Deflated(file, bytes.position(), deflated, size));
                bytes.skip(deflated);
            }
            if (bytes.available() != 0) {
                throw new IOException("bytes after the last summary");
            }
        } catch (IOException | RuntimeException e) {
            index.clear();
        }
        return index;
    }
}
