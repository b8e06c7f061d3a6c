package dev.postlint.core.site;

import java.io.ByteArrayOutputStream;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Some lines of a post, kept compressed until a report quotes one of them; the unpacked lines are
 * cached softly, so the memory goes back to the run when it is short.
 */
final class KeptLines {
    private static final KeptLines NONE = new KeptLines(new int[0], new byte[0], 0);

    private final int[] numbers;
    private final byte[] packed;
    private final int size;
    private SoftReference<String[]> unpacked = new SoftReference<>(null);

    private KeptLines(int[] numbers, byte[] packed, int size) {
        this.numbers = numbers;
        this.packed = packed;
        this.size = size;
    }

    static KeptLines of(Map<Integer, String> lines) {
        if (lines.isEmpty()) {
            return NONE;
        }
        TreeMap<Integer, String> sorted = new TreeMap<>(lines);
        byte[] text = String.join("\n", sorted.values()).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(text);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 3 + 16);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return new KeptLines(sorted.keySet().stream().mapToInt(Integer::intValue).toArray(), out.toByteArray(),
                text.length);
    }

    void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(numbers.length);
        for (int n : numbers) {
            out.writeInt(n);
        }
        out.writeInt(packed.length);
        out.write(packed);
        out.writeInt(size);
    }

    static KeptLines read(java.io.DataInput in) throws java.io.IOException {
        int[] numbers = new int[SummaryCodec.count(in)];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = in.readInt();
        }
        byte[] packed = new byte[SummaryCodec.count(in)];
        in.readFully(packed);
        int size = SummaryCodec.count(in);
        return new KeptLines(numbers, packed, size);
    }

    Optional<String> line(int number) {
        int at = Arrays.binarySearch(numbers, number);
        return at < 0 ? Optional.empty() : Optional.of(unpack()[at]);
    }

    private synchronized String[] unpack() {
        String[] lines = unpacked.get();
        if (lines == null) {
            Inflater inflater = new Inflater();
            inflater.setInput(packed);
            byte[] text = new byte[size];
            try {
                int n = 0;
                while (n < size && !inflater.finished()) {
                    n += inflater.inflate(text, n, size - n);
                }
            } catch (DataFormatException e) {
                throw new IllegalStateException("kept lines cannot be unpacked", e);
            } finally {
                inflater.end();
            }
            lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
            unpacked = new SoftReference<>(lines);
        }
        return lines;
    }
}
