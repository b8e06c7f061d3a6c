package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.Fix;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.SummaryCodec;
import dev.postlint.core.source.Position;
import dev.postlint.core.suppress.Directive;
import dev.postlint.core.suppress.Suppressions;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What an earlier run found in each file, reused while nothing it depends on has changed, as PMD's
 * analysis cache does: the findings of the post rules, the title, the lines reports quote, and the
 * summary the cross-post rules read. An entry counts only for the same file content (SHA-256), the
 * same postlint version and rule configuration (the run key) and the same settings of the file's site;
 * the cross-post rules always run again. A damaged or foreign cache file is ignored with one line.
 */
public final class ResultCache {
    public static final String FILE_NAME = "results.bin";
    private static final int MAGIC = 0x504c5243;
    private static final int FORMAT = 4;

    /** The results of one file. */
    record Entry(String displayPath, String contentHash, String siteKey, List<Finding> findings,
                 Optional<String> title, Map<Integer, String> lines, PostSummary summary, Suppressions suppressions) {
    }

    /**
     * An entry as it is stored: what a lookup compares, and the rest still encoded, so that opening the
     * cache reads bytes only and each hit is decoded by the worker that checks its file.
     */
    private record Stored(String displayPath, String contentHash, String siteKey, byte[] body) {
    }

    private final Path file;
    private final String runKey;
    private final Map<String, Stored> previous;
    private final Map<String, Stored> current = new ConcurrentHashMap<>();

    private ResultCache(Path file, String runKey, Map<String, Stored> previous) {
        this.file = file;
        this.runKey = runKey;
        this.previous = previous;
    }

    /** The cache in {@code dir}, with the entries of an earlier run under the same key; {@code warn} hears of a bad file. */
    public static ResultCache open(Path dir, String runKey, Consumer<String> warn) {
        Path file = dir.resolve(FILE_NAME);
        Map<String, Stored> entries = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16),
                     1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                warn.accept("postlint: " + file + " is not a result cache of this postlint; it is ignored and replaced");
            } else if (in.readUTF().equals(runKey)) {
                int n = SummaryCodec.count(in);
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    Stored stored = new Stored(in.readUTF(), in.readUTF(), in.readUTF(), new byte[SummaryCodec.count(in)]);
                    in.readFully(stored.body());
                    entries.put(key, stored);
                }
            }
        } catch (NoSuchFileException e) {
            // No earlier run: every file is checked.
        } catch (IOException | RuntimeException e) {
            entries.clear();
            warn.accept("postlint: the result cache " + file + " is damaged (" + e.getClass().getSimpleName()
                    + "); it is ignored and replaced");
        }
        return new ResultCache(file, runKey, entries);
    }

    /**
     * The earlier results of a file, if its content, display path and site settings are unchanged; a hit
     * is kept for the next run. An entry that cannot be decoded is a miss.
     */
    Optional<Entry> reuse(Path source, String displayPath, String contentHash, String siteKey) {
        String key = key(source);
        Stored s = previous.get(key);
        if (s == null || !s.contentHash().equals(contentHash) || !s.siteKey().equals(siteKey)
                || !s.displayPath().equals(displayPath)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(s.body()))) {
            Entry entry = readEntry(s, in);
            current.put(key, s);
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(Path source, Entry entry) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            writeBody(entry, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        current.put(key(source), new Stored(entry.displayPath(), entry.contentHash(), entry.siteKey(), body.toByteArray()));
    }

    private static String key(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }

    /**
     * Writes this run's entries, and the earlier ones of files this run did not check that still exist,
     * atomically: two runs saving at once leave one complete cache, never a mixed or cut file. A run that
     * reused every earlier entry and added none leaves the file as it is.
     */
    public void save() throws IOException {
        boolean unchanged = current.size() == previous.size()
                && current.entrySet().stream().allMatch(e -> previous.get(e.getKey()) == e.getValue());
        if (unchanged && Files.isRegularFile(file)) {
            return;
        }
        Map<String, Stored> all = new TreeMap<>();
        previous.forEach((key, entry) -> {
            if (!current.containsKey(key) && Files.isRegularFile(Path.of(key))) {
                all.put(key, entry);
            }
        });
        all.putAll(current);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(runKey);
            out.writeInt(all.size());
            for (Map.Entry<String, Stored> e : all.entrySet()) {
                Stored s = e.getValue();
                out.writeUTF(e.getKey());
                out.writeUTF(s.displayPath());
                out.writeUTF(s.contentHash());
                out.writeUTF(s.siteKey());
                out.writeInt(s.body().length);
                out.write(s.body());
            }
        }
        AtomicFile.write(file, bytes.toByteArray());
    }

    private static void writeBody(Entry e, DataOutputStream out) throws IOException {
        out.writeInt(e.findings().size());
        for (Finding f : e.findings()) {
            out.writeUTF(f.ruleId());
            out.writeUTF(f.severity().name());
            out.writeInt(f.line());
            out.writeInt(f.column());
            SummaryCodec.writeLong(out, f.message());
            out.writeInt(f.related().size());
            for (RelatedLocation r : f.related()) {
                out.writeUTF(r.file());
                out.writeInt(r.line());
                out.writeInt(r.column());
                SummaryCodec.writeLong(out, r.message());
            }
            out.writeBoolean(f.fix().isPresent());
            if (f.fix().isPresent()) {
                writeFix(f.fix().get(), out);
            }
        }
        SummaryCodec.writeOptional(out, e.title());
        out.writeInt(e.lines().size());
        for (Map.Entry<Integer, String> line : e.lines().entrySet()) {
            out.writeInt(line.getKey());
            SummaryCodec.writeLong(out, line.getValue());
        }
        SummaryCodec.write(e.summary(), out);
        writeSuppressions(e.suppressions(), out);
    }

    private static void writeSuppressions(Suppressions s, DataOutputStream out) throws IOException {
        out.writeInt(s.directives().size());
        for (Directive d : s.directives()) {
            out.writeUTF(d.kind().name());
            writePosition(d.at(), out);
            out.writeInt(d.lastLine());
            out.writeBoolean(d.inFrontMatter());
            out.writeInt(d.names().size());
            for (Directive.Name n : d.names()) {
                SummaryCodec.writeLong(out, n.id());
                writePosition(n.at(), out);
            }
        }
        out.writeInt(s.lines().size());
        for (Map.Entry<Integer, String> line : s.lines().entrySet()) {
            out.writeInt(line.getKey());
            SummaryCodec.writeLong(out, line.getValue());
        }
    }

    private static Suppressions readSuppressions(String path, DataInputStream in) throws IOException {
        int count = SummaryCodec.count(in);
        List<Directive> directives = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Directive.Kind kind = Directive.Kind.valueOf(in.readUTF());
            Position at = readPosition(in);
            int lastLine = in.readInt();
            boolean inFrontMatter = in.readBoolean();
            int nameCount = SummaryCodec.count(in);
            List<Directive.Name> names = new ArrayList<>();
            for (int j = 0; j < nameCount; j++) {
                names.add(new Directive.Name(SummaryCodec.readLong(in), readPosition(in)));
            }
            directives.add(new Directive(kind, names, at, lastLine, inFrontMatter));
        }
        int lineCount = SummaryCodec.count(in);
        Map<Integer, String> lines = new HashMap<>();
        for (int i = 0; i < lineCount; i++) {
            lines.put(in.readInt(), SummaryCodec.readLong(in));
        }
        return new Suppressions(path, directives, lines);
    }

    private static void writeFix(Fix fix, DataOutputStream out) throws IOException {
        SummaryCodec.writeLong(out, fix.description());
        out.writeInt(fix.edits().size());
        for (Fix.Edit e : fix.edits()) {
            writePosition(e.at(), out);
            SummaryCodec.writeLong(out, e.expected());
            SummaryCodec.writeLong(out, e.replacement());
        }
    }

    private static Fix readFix(DataInputStream in) throws IOException {
        String description = SummaryCodec.readLong(in);
        int count = SummaryCodec.count(in);
        List<Fix.Edit> edits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            edits.add(new Fix.Edit(readPosition(in), SummaryCodec.readLong(in), SummaryCodec.readLong(in)));
        }
        return new Fix(description, edits);
    }

    private static void writePosition(Position p, DataOutputStream out) throws IOException {
        out.writeInt(p.line());
        out.writeInt(p.column());
    }

    private static Position readPosition(DataInputStream in) throws IOException {
        return new Position(in.readInt(), in.readInt());
    }

    private static Entry readEntry(Stored stored, DataInputStream in) throws IOException {
        String displayPath = stored.displayPath();
        int findingCount = SummaryCodec.count(in);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < findingCount; i++) {
            String rule = in.readUTF();
            Severity severity = Severity.valueOf(in.readUTF());
            int line = in.readInt();
            int column = in.readInt();
            String message = SummaryCodec.readLong(in);
            int relatedCount = SummaryCodec.count(in);
            List<RelatedLocation> related = new ArrayList<>();
            for (int j = 0; j < relatedCount; j++) {
                related.add(new RelatedLocation(in.readUTF(), in.readInt(), in.readInt(), SummaryCodec.readLong(in)));
            }
            Optional<Fix> fix = in.readBoolean() ? Optional.of(readFix(in)) : Optional.empty();
            findings.add(new Finding(rule, severity, displayPath, line, column, message, related, fix));
        }
        Optional<String> title = SummaryCodec.readOptional(in);
        int lineCount = SummaryCodec.count(in);
        Map<Integer, String> lines = new HashMap<>();
        for (int i = 0; i < lineCount; i++) {
            lines.put(in.readInt(), SummaryCodec.readLong(in));
        }
        return new Entry(displayPath, stored.contentHash(), stored.siteKey(), findings, title, lines,
                SummaryCodec.read(in), readSuppressions(displayPath, in));
    }
}
