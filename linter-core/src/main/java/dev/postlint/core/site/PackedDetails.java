package dev.postlint.core.site;

import dev.postlint.core.source.Position;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The bulk of a post's summary: where its links and images point and the lines a report may quote, in
 * one array of bytes (numbers in seven-bit groups, texts in UTF-8) rather than thousands of objects. When
 * a run moves them to its {@link SummarySpill}, they are deflated together first (a link's line repeats
 * its address). Each use unpacks them again; each thread keeps only the last post it unpacked, as the
 * cross-post rules read one post's links at a time.
 */
final class PackedDetails {
    private static final ThreadLocal<Unpacked> LAST = new ThreadLocal<>();
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
    private static final PackedDetails NONE = pack(List.of(), List.of(), Map.of());

    private final byte[] bytes;
    private final int size;
    private final SummarySpill spill;
    private final long offset;
    private final int length;

    /** What one thread unpacked of a post; the lines, which only reports quote, when first asked for. */
    private static final class Unpacked {
        final PackedDetails owner;
        final List<Reference> links;
        final List<Reference> images;
        final int[] numbers;
        private final byte[] raw;
        private final int linesAt;
        private String[] lines;

        Unpacked(PackedDetails owner, List<Reference> links, List<Reference> images, int[] numbers, byte[] raw,
                 int linesAt) {
            this.owner = owner;
            this.links = links;
            this.images = images;
            this.numbers = numbers;
            this.raw = raw;
            this.linesAt = linesAt;
        }

        String line(int index) {
            if (lines == null) {
                lines = new String(raw, linesAt, owner.size - linesAt, StandardCharsets.UTF_8).split("\n", -1);
            }
            return lines[index];
        }
    }

    private PackedDetails(byte[] bytes) {
        this(bytes, bytes.length, null, -1, 0);
    }

    /** Details in memory ({@code bytes}), or deflated in {@code spill} at {@code offset}. */
    private PackedDetails(byte[] bytes, int size, SummarySpill spill, long offset, int length) {
        this.bytes = bytes;
        this.size = size;
        this.spill = spill;
        this.offset = offset;
        this.length = length;
    }

    /** The bytes these details take in memory. */
    int packedSize() {
        return bytes == null ? 0 : bytes.length;
    }

    /** The same details, deflated, in {@code spill}'s file, when it takes them. */
    Optional<PackedDetails> spillTo(SummarySpill spill) {
        if (bytes == null || this == NONE) {
            return Optional.empty();
        }
        byte[] deflated = deflate(bytes);
        long at = spill.append(deflated);
        return at < 0 ? Optional.empty() : Optional.of(new PackedDetails(null, size, spill, at, deflated.length));
    }

    private byte[] bytes() {
        return bytes != null ? bytes : inflate(spill.read(offset, length), size);
    }

    static PackedDetails of(List<Reference> links, List<Reference> images, Map<Integer, String> lines) {
        return links.isEmpty() && images.isEmpty() && lines.isEmpty() ? NONE : pack(links, images, lines);
    }

    private static PackedDetails pack(List<Reference> links, List<Reference> images, Map<Integer, String> lines) {
        TreeMap<Integer, String> sorted = new TreeMap<>(lines);
        StringBuilder urls = new StringBuilder();
        ByteWriter raw = new ByteWriter();
        raw.number(links.size()).number(images.size()).number(sorted.size());
        for (List<Reference> references : List.of(links, images)) {
            for (Reference r : references) {
                urls.append(r.url());
                raw.number(r.url().length()).number(r.position().line()).number(r.position().column())
                        .number(r.usedAt().line()).number(r.usedAt().column());
            }
        }
        int previous = 0;
        for (int number : sorted.keySet()) {
            raw.number(number - previous);
            previous = number;
        }
        byte[] urlBytes = urls.toString().getBytes(StandardCharsets.UTF_8);
        raw.number(urlBytes.length).bytes(urlBytes).bytes(String.join("\n", sorted.values()).getBytes(StandardCharsets.UTF_8));
        return new PackedDetails(Arrays.copyOf(raw.buffer, raw.length));
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        ByteWriter out = new ByteWriter();
        while (!deflater.finished()) {
            out.room(4096);
            out.length += deflater.deflate(out.buffer, out.length, out.buffer.length - out.length);
        }
        return Arrays.copyOf(out.buffer, out.length);
    }

    List<Reference> links() {
        return unpack().links;
    }

    List<Reference> images() {
        return unpack().images;
    }

    Optional<String> line(int number) {
        Unpacked u = unpack();
        int at = Arrays.binarySearch(u.numbers, number);
        return at < 0 ? Optional.empty() : Optional.of(u.line(at));
    }

    void write(DataOutput out) throws IOException {
        byte[] raw = bytes();
        out.writeInt(raw.length);
        out.write(raw);
    }

    /** Reads what {@link #write} wrote, unpacking it once, so that damage shows here and not in a rule. */
    static PackedDetails read(DataInput in) throws IOException {
        byte[] raw = new byte[SummaryCodec.count(in)];
        in.readFully(raw);
        PackedDetails details = new PackedDetails(raw);
        try {
            details.decode();
        } catch (IllegalStateException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException("damaged cache entry", e);
        }
        return details;
    }

    private Unpacked unpack() {
        Unpacked last = LAST.get();
        if (last != null && last.owner == this) {
            return last;
        }
        Unpacked unpacked = decode();
        LAST.set(unpacked);
        return unpacked;
    }

    private Unpacked decode() {
        byte[] bytes = bytes();
        ByteReader raw = new ByteReader(bytes);
        int linkCount = raw.count();
        int imageCount = raw.count();
        int lineCount = raw.count();
        int[][] links = raw.references(linkCount);
        int[][] images = raw.references(imageCount);
        int[] numbers = new int[lineCount];
        for (int i = 0, previous = 0; i < lineCount; i++) {
            previous += raw.number();
            numbers[i] = previous;
        }
        int urlBytes = raw.number();
        String urls = raw.text(urlBytes);
        int linkChars = linkCount == 0 ? 0 : links[0][linkCount - 1];
        int imageChars = imageCount == 0 ? 0 : images[0][imageCount - 1];
        if (linkChars + imageChars != urls.length()) {
            throw new IllegalStateException("the addresses do not match their lengths");
        }
        int breaks = 0;
        for (int i = raw.at; i < size; i++) {
            breaks += bytes[i] == '\n' ? 1 : 0;
        }
        if (lineCount == 0 ? raw.at != size : breaks != lineCount - 1) {
            throw new IllegalStateException("kept lines do not match their numbers");
        }
        return new Unpacked(this, References.of(urls.substring(0, linkChars), links),
                References.of(urls.substring(linkChars), images), numbers, bytes, raw.at);
    }

    private static byte[] inflate(byte[] deflated, int size) {
        Inflater inflater = new Inflater();
        inflater.setInput(deflated);
        byte[] raw = new byte[size + 1]; // one more, so that inflating reads on to the checksum at the end
        try {
            int n = 0;
            while (!inflater.finished()) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary() || n == raw.length)) {
                    throw new IllegalStateException("packed details end early");
                }
                n += got;
            }
            if (n != size) {
                throw new IllegalStateException("packed details have another length");
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed details cannot be unpacked", e);
        } finally {
            inflater.end();
        }
        return raw;
    }

    /** Unsigned variable-length numbers, seven bits a byte, and raw bytes. */
    private static final class ByteWriter {
        byte[] buffer = new byte[256];
        int length;

        void room(int more) {
            if (buffer.length - length < more) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }

        ByteWriter number(int value) {
            room(5);
            while ((value & ~0x7f) != 0) {
                buffer[length++] = (byte) ((value & 0x7f) | 0x80);
                value >>>= 7;
            }
            buffer[length++] = (byte) value;
            return this;
        }

        ByteWriter bytes(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
            return this;
        }
    }

    private static final class ByteReader {
        private final byte[] bytes;
        private int at;

        ByteReader(byte[] bytes) {
            this.bytes = bytes;
        }

        int number() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("number too long");
        }

        /** A number of items, each of which takes a byte at least. */
        int count() {
            int count = number();
            if (count < 0 || count > bytes.length) {
                throw new IllegalStateException("a count beyond the bytes");
            }
            return count;
        }

        /** The url ends (in characters, counted from the first), lines, columns, use lines and use columns. */
        int[][] references(int count) {
            int[][] columns = new int[5][count];
            for (int i = 0, end = 0; i < count; i++) {
                int length = number();
                end += length;
                if (length < 0 || end < 0) {
                    throw new IllegalStateException("an address of no length");
                }
                columns[0][i] = end;
                for (int c = 1; c < 5; c++) {
                    columns[c][i] = number();
                }
            }
            return columns;
        }

        String text(int length) {
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }
}
