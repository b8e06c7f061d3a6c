package dev.postlint.core.site;

import dev.postlint.core.source.Position;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link PostSummary} to a stream and reads it back, field by field, for the result cache.
 * Only plain values are read, never objects by class name, so a tampered cache file can give nothing
 * worse than an {@link IOException}.
 */
public final class SummaryCodec {
    /** Anything longer in a cache file is a damaged or foreign file, not a post. */
    private static final int MAX_ITEMS = 10_000_000;

    private SummaryCodec() {
    }

    public static void write(PostSummary s, DataOutput out) throws IOException {
        out.writeUTF(s.path());
        out.writeUTF(s.file().toString());
        Map<String, PostSummary.Field> fields = new HashMap<>();
        for (String key : PostSummary.COMPARED_FIELDS) {
            s.field(key).ifPresent(f -> fields.put(key, f));
        }
        out.writeInt(fields.size());
        for (Map.Entry<String, PostSummary.Field> f : fields.entrySet()) {
            out.writeUTF(f.getKey());
            writeLong(out, f.getValue().text());
            writePosition(out, f.getValue().start());
        }
        writeUrlFields(out, s.urlFields());
        writeStrings(out, List.copyOf(s.anchors()));
        s.details().write(out);
        writeOptional(out, s.language());
        out.writeBoolean(s.isPage());
    }

    public static PostSummary read(DataInput in) throws IOException {
        String path = in.readUTF();
        Path file = Path.of(in.readUTF());
        int fieldCount = count(in);
        Map<String, PostSummary.Field> fields = new HashMap<>();
        for (int i = 0; i < fieldCount; i++) {
            String key = in.readUTF();
            fields.put(key, new PostSummary.Field(readLong(in), readPosition(in)));
        }
        UrlFields urlFields = readUrlFields(in);
        Set<String> anchors = new LinkedHashSet<>(readStrings(in));
        PackedDetails details = PackedDetails.read(in);
        Optional<String> language = readOptional(in);
        boolean page = in.readBoolean();
        return new PostSummary(path, file, fields, urlFields, details, anchors, language, page);
    }

    public static void writeUrlFields(DataOutput out, UrlFields u) throws IOException {
        writeOptional(out, u.title());
        writeOptional(out, u.date());
        writeOptional(out, u.slug());
        writeStrings(out, u.categories());
        writeOptional(out, u.permalink());
        writeStrings(out, u.aliases());
        writeStrings(out, u.redirectFrom());
        out.writeBoolean(u.rendered());
        out.writeInt(u.terms().size());
        for (Map.Entry<String, List<String>> t : u.terms().entrySet()) {
            out.writeUTF(t.getKey());
            writeStrings(out, t.getValue());
        }
    }

    public static UrlFields readUrlFields(DataInput in) throws IOException {
        Optional<String> title = readOptional(in);
        Optional<String> date = readOptional(in);
        Optional<String> slug = readOptional(in);
        List<String> categories = readStrings(in);
        Optional<String> permalink = readOptional(in);
        List<String> aliases = readStrings(in);
        List<String> redirectFrom = readStrings(in);
        boolean rendered = in.readBoolean();
        int termCount = count(in);
        Map<String, List<String>> terms = new HashMap<>();
        for (int i = 0; i < termCount; i++) {
            terms.put(in.readUTF(), readStrings(in));
        }
        return new UrlFields(title, date, slug, categories, permalink, aliases, redirectFrom, rendered, terms);
    }

    public static void writePosition(DataOutput out, Position p) throws IOException {
        out.writeInt(p.line());
        out.writeInt(p.column());
    }

    public static Position readPosition(DataInput in) throws IOException {
        return new Position(in.readInt(), in.readInt());
    }

    public static void writeStrings(DataOutput out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeLong(out, s);
        }
    }

    public static List<String> readStrings(DataInput in) throws IOException {
        int n = count(in);
        List<String> strings = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            strings.add(readLong(in));
        }
        return strings;
    }

    public static void writeOptional(DataOutput out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writeLong(out, value.get());
        }
    }

    public static Optional<String> readOptional(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(readLong(in)) : Optional.empty();
    }

    /** A text of any length (writeUTF stops at 64 KB): its UTF-8 bytes after their count. */
    public static void writeLong(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readLong(DataInput in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A count written before items, refused when negative or absurd, as only a damaged file holds. */
    public static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) {
            throw new IOException("damaged cache entry");
        }
        return n;
    }
}
