package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.SummaryCodec;
import java.io.BufferedInputStream;
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
    private static final int FORMAT = 1;

    /** The results of one file. */
    record Entry(String displayPath, String contentHash, String siteKey, List<Finding> findings,
                 Optional<String> title, Map<Integer, String> lines, PostSummary summary) {
    }

    private final Path file;
    private final String runKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private ResultCache(Path file, String runKey, Map<String, Entry> previous) {
        this.file = file;
        this.runKey = runKey;
        this.previous = previous;
    }

    /** The cache in {@code dir}, with the entries of an earlier run under the same key; {@code warn} hears of a bad file. */
    public static ResultCache open(Path dir, String runKey, Consumer<String> warn) {
        Path file = dir.resolve(FILE_NAME);
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(raw)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                warn.accept("postlint: " + file + " is not a result cache of this postlint; it is ignored and replaced");
            } else if (in.readUTF().equals(runKey)) {
                int n = SummaryCodec.count(in);
                for (int i = 0; i < n; i++) {
                    entries.put(in.readUTF(), readEntry(in));
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

    /** The earlier results of a file, if its content, display path and site settings are unchanged. */
    Optional<Entry> lookup(Path source, String displayPath, String contentHash, String siteKey) {
        Entry e = previous.get(key(source));
        return e != null && e.contentHash().equals(contentHash) && e.siteKey().equals(siteKey)
                && e.displayPath().equals(displayPath) ? Optional.of(e) : Optional.empty();
    }

    void put(Path source, Entry entry) {
        current.put(key(source), entry);
    }

    private static String key(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }

    /**
     * Writes this run's entries, and the earlier ones of files this run did not check that still exist,
     * atomically: two runs saving at once leave one complete cache, never a mixed or cut file.
     */
    public void save() throws IOException {
        Map<String, Entry> all = new TreeMap<>();
        previous.forEach((key, entry) -> {
            if (Files.isRegularFile(Path.of(key))) {
                all.put(key, entry);
            }
        });
        all.putAll(current);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(runKey);
            out.writeInt(all.size());
            for (Map.Entry<String, Entry> e : all.entrySet()) {
                out.writeUTF(e.getKey());
                writeEntry(e.getValue(), out);
            }
        }
        AtomicFile.write(file, bytes.toByteArray());
    }

    private static void writeEntry(Entry e, DataOutputStream out) throws IOException {
        out.writeUTF(e.displayPath());
        out.writeUTF(e.contentHash());
        out.writeUTF(e.siteKey());
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
        }
        SummaryCodec.writeOptional(out, e.title());
        out.writeInt(e.lines().size());
        for (Map.Entry<Integer, String> line : e.lines().entrySet()) {
            out.writeInt(line.getKey());
            SummaryCodec.writeLong(out, line.getValue());
        }
        SummaryCodec.write(e.summary(), out);
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        String displayPath = in.readUTF();
        String hash = in.readUTF();
        String siteKey = in.readUTF();
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
            findings.add(new Finding(rule, severity, displayPath, line, column, message, related));
        }
        Optional<String> title = SummaryCodec.readOptional(in);
        int lineCount = SummaryCodec.count(in);
        Map<Integer, String> lines = new HashMap<>();
        for (int i = 0; i < lineCount; i++) {
            lines.put(in.readInt(), SummaryCodec.readLong(in));
        }
        return new Entry(displayPath, hash, siteKey, findings, title, lines, SummaryCodec.read(in));
    }
}
