package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.Fix;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.io.AtomicFile;
import dev.postlint.core.io.BytesInput;
import dev.postlint.core.io.FileStamp;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.SummaryCodec;
import dev.postlint.core.site.SummarySpill;
import dev.postlint.core.site.UrlFields;
import dev.postlint.core.source.Position;
import dev.postlint.core.suppress.Directive;
import dev.postlint.core.suppress.Suppressions;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What an earlier run found in each file, reused while nothing it depends on has changed, as PMD's
 * analysis cache does: the findings of the post rules, the title, the lines reports quote, and the
 * summary the cross-post rules read. An entry counts only for the same file content (SHA-256), the
 * same postlint version and rule configuration (the run key) and the same settings of the file's site.
 * A file is not even read while its {@link FileStamp} is the one it had when its content was hashed.
 * What a whole run reported is kept too ({@link WholeRun}), and taken as it is when nothing changed.
 * A damaged or foreign cache file is ignored with one line.
 * <p>
 * The file holds three compressed parts after a header with the first two's lengths: the run key with
 * the last whole report, the entries (each gzipped whole), and their summaries to the end of the file,
 * each deflated on its own ({@link SummaryPart}); the entries are inflated only when a file is looked
 * up, a summary only when the cross-post rules need it again. This run's summaries are kept deflated
 * too, and the file is written as a stream.
 */
public final class ResultCache {
    public static final String FILE_NAME = "results.bin";
    private static final int MAGIC = 0x504c5243;
    private static final int FORMAT = 10;
    /** Magic, format, and the lengths of the run's part and of the entries' part; the summaries' part follows to the end. */
    private static final int HEADER = 16;

    /** The results of one file, without its summary ({@link #summaryOf}). */
    record Entry(String displayPath, String contentHash, String siteKey, List<Finding> findings,
                 Optional<String> title, Map<Integer, String> lines, UrlFields urlFields, boolean page,
                 Suppressions suppressions) {
    }

    /**
     * An entry as it is stored: what a lookup compares, and the rest still encoded, so that opening the
     * cache reads bytes only and each hit is decoded by the worker that checks its file. The stamp (empty
     * for none) is the file's {@link FileStamp} when its content was last hashed, if it had been quiet.
     */
    private record Stored(String displayPath, String contentHash, String siteKey, String stamp, byte[] body) {
        Stored withStamp(Optional<FileStamp> now) {
            String encoded = now.map(FileStamp::encode).orElse("");
            return encoded.equals(stamp) ? this : new Stored(displayPath, contentHash, siteKey, encoded, body);
        }
    }

    /**
     * What a whole run reported: its findings, the titles of its posts and the lines reports quote, valid
     * while the run's key is the same (see {@link WholeRunKey}).
     */
    record WholeRun(String key, List<Finding> findings, Map<String, String> titles,
                    Map<String, Map<Integer, String>> lines) {
    }

    private final Path file;
    private final FutureTask<String> runKey;
    private final FutureTask<Earlier> reading;
    private final Consumer<String> warn;
    private volatile boolean warned;
    private final Map<String, Stored> current = new ConcurrentHashMap<>();
    private final Map<String, SummaryPart.Deflated> currentSummaries = new ConcurrentHashMap<>();
    /** This run's deflated summaries past the spill's budget in memory go to its file until saved. */
    private SummarySpill spill = new SummarySpill(SummarySpill.DEFAULT_BUDGET);
    private volatile Optional<WholeRun> wholeRun = Optional.empty();
    private volatile boolean tookWholeRun;

    /**
     * What an earlier run left under the same run key: its report, kept whole, and its entries and their
     * summaries, still compressed in the file's bytes and inflated on first need (a run that takes the
     * report needs neither; the summaries are inflated one at a time).
     */
    private static final class Earlier {
        final Optional<WholeRun> wholeRun;
        final Optional<String> warning;
        private final byte[] file;
        private final int entryOffset;
        private final int entryLength;
        private final int summaryOffset;
        private volatile Map<String, Stored> entries;
        private volatile Map<String, SummaryPart.Deflated> summaries;

        Earlier(Optional<WholeRun> wholeRun, byte[] file, int entryOffset, int entryLength, int summaryOffset,
                Optional<String> warning) {
            this.wholeRun = wholeRun;
            this.file = file;
            this.entryOffset = entryOffset;
            this.entryLength = entryLength;
            this.summaryOffset = summaryOffset;
            this.warning = warning;
        }

        static Earlier none(Optional<String> warning) {
            return new Earlier(Optional.empty(), new byte[0], 0, 0, 0, warning);
        }

        boolean hasEntries() {
            return entryLength > 0;
        }

        /** The entries; none when their part cannot be inflated (a damage the header did not show). */
        Map<String, Stored> entries() {
            Map<String, Stored> known = entries;
            return known != null ? known : inflateEntries();
        }

        private synchronized Map<String, Stored> inflateEntries() {
            if (entries == null) {
                entries = inflatedMap(file, entryOffset, entryLength, in -> {
                    Stored stored = new Stored(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                            new byte[SummaryCodec.count(in)]);
                    in.readFully(stored.body());
                    return stored;
                });
            }
            return entries;
        }

        /**
         * How many entries have the stamp {@code stamps} gives for their key, counted as the part inflates
         * without keeping it (the caller may hand the run to another process); none when it is damaged.
         */
        int withStamps(Map<String, String> stamps) {
            int[] held = {0};
            boolean read = readPart(file, entryOffset, entryLength, (key, in) -> {
                in.readUTF();
                in.readUTF();
                in.readUTF();
                String stamp = in.readUTF();
                in.skipNBytes(SummaryCodec.count(in));
                if (!stamp.isEmpty() && stamp.equals(stamps.get(key))) {
                    held[0]++;
                }
            });
            return read ? held[0] : 0;
        }

        /** The summaries, still deflated; none when their part is damaged. */
        Map<String, SummaryPart.Deflated> summaries() {
            Map<String, SummaryPart.Deflated> known = summaries;
            return known != null ? known : indexSummaries();
        }

        private synchronized Map<String, SummaryPart.Deflated> indexSummaries() {
            if (summaries == null) {
                summaries = SummaryPart.index(file, summaryOffset, file.length - summaryOffset);
            }
            return summaries;
        }
    }

    /** Reads the value after each key of a part. */
    private interface PartValue<V> {
        V read(DataInputStream in) throws IOException;
    }

    /** Reads the value after a key of a part. */
    private interface PartVisitor {
        void visit(String key, DataInputStream in) throws IOException;
    }

    /**
     * A part of keys and values: empty when it is, or when it cannot be inflated or read. It is read as it
     * inflates (a site of 11,000 posts has 200 MB of summaries, which inflated whole, then copied value by
     * value, took twice that), and believed only once gzip has checked the checksum at its end.
     */
    private static <V> Map<String, V> inflatedMap(byte[] file, int offset, int length, PartValue<V> value) {
        Map<String, V> read = new HashMap<>();
        if (!readPart(file, offset, length, (key, in) -> read.put(key, value.read(in)))) {
            read.clear();
        }
        return read;
    }

    /** Visits each key of a part as it inflates; false when the part cannot be inflated or read. */
    private static boolean readPart(byte[] file, int offset, int length, PartVisitor visitor) {
        if (length == 0) {
            return true;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(new BytesInput(file, offset, length), 1 << 16), 1 << 16))) {
            for (int n = SummaryCodec.count(in); n > 0; n--) {
                visitor.visit(in.readUTF(), in);
            }
            if (in.read() != -1) {
                throw new IOException("bytes after the last entry");
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private ResultCache(Path file, Supplier<String> runKey, Consumer<String> warn) {
        this.file = file;
        this.runKey = new FutureTask<>(runKey::get);
        this.warn = warn;
        this.reading = new FutureTask<>(() -> {
            this.runKey.run();
            return read(file, this.runKey.get());
        });
    }

    /**
     * The cache in {@code dir}, with what an earlier run under the same key left, read on a thread of its
     * own from now on (the run key worked out there too), while the caller goes on; {@code warn} hears of a
     * bad file when the cache is first used.
     */
    public static ResultCache open(Path dir, Supplier<String> runKey, Consumer<String> warn) {
        ResultCache cache = new ResultCache(dir.resolve(FILE_NAME), runKey, warn);
        Thread reader = new Thread(cache.reading, "postlint-cache-reader");
        reader.setDaemon(true);
        reader.start();
        return cache;
    }

    /**
     * The files this JVM read last, by path, with their stamps when read: a process that stays up (the
     * resident process, the language server) reads a cache file again only when it changed.
     */
    private static final Map<Path, ReadBefore> READ_BEFORE = new ConcurrentHashMap<>();
    private static final int READ_BEFORE_MAX = 16;

    private record ReadBefore(FileStamp stamp, String runKey, Earlier earlier) {
    }

    private static Earlier read(Path file, String runKey) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<FileStamp> stamp = FileStamp.of(absolute);
        ReadBefore before = READ_BEFORE.get(absolute);
        if (stamp.isPresent() && before != null && before.stamp().equals(stamp.get()) && before.runKey().equals(runKey)) {
            return before.earlier();
        }
        Earlier earlier = readFile(file, runKey);
        if (stamp.isPresent() && earlier.warning.isEmpty()) {
            if (READ_BEFORE.size() >= READ_BEFORE_MAX) {
                READ_BEFORE.clear();
            }
            READ_BEFORE.put(absolute, new ReadBefore(stamp.get(), runKey, earlier));
        }
        return earlier;
    }

    private static Earlier readFile(Path file, String runKey) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer header = ByteBuffer.wrap(bytes);
            if (bytes.length < HEADER || header.getInt() != MAGIC || header.getInt() != FORMAT) {
                return Earlier.none(Optional.of("postlint: " + file
                        + " is not a result cache of this postlint; it is ignored and replaced"));
            }
            int runLength = header.getInt();
            int entryLength = header.getInt();
            if (runLength < 0 || entryLength < 0 || (long) runLength + entryLength > bytes.length - HEADER) {
                throw new java.io.EOFException("cut short");
            }
            try (DataInputStream in = inflated(java.util.Arrays.copyOfRange(bytes, HEADER, HEADER + runLength))) {
                if (!in.readUTF().equals(runKey)) {
                    return Earlier.none(Optional.empty());
                }
                Optional<WholeRun> wholeRun = in.readBoolean() ? Optional.of(readWholeRun(in)) : Optional.empty();
                return new Earlier(wholeRun, bytes, HEADER + runLength, entryLength,
                        HEADER + runLength + entryLength, Optional.empty());
            }
        } catch (NoSuchFileException e) {
            return Earlier.none(Optional.empty()); // no earlier run: every file is checked
        } catch (IOException | RuntimeException e) {
            return Earlier.none(Optional.of("postlint: the result cache " + file + " is damaged ("
                    + e.getClass().getSimpleName() + "); it is ignored and replaced"));
        }
    }

    /** What the earlier run left, once read; the first caller passes on a warning about the file. */
    private Earlier earlier() {
        Earlier earlier;
        try {
            earlier = reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            earlier = Earlier.none(Optional.empty());
        } catch (java.util.concurrent.ExecutionException e) {
            earlier = Earlier.none(Optional.of("postlint: the result cache " + file + " could not be read ("
                    + e.getCause().getClass().getSimpleName() + "); it is ignored and replaced"));
        }
        if (!warned) {
            synchronized (this) {
                if (!warned) {
                    earlier.warning.ifPresent(warn);
                    warned = true;
                }
            }
        }
        return earlier;
    }

    private String earlierKey() throws IOException {
        earlier();
        try {
            return runKey.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /**
     * How many of {@code files} an earlier run under the same key left results for, with the stamps the
     * files have now: those a run will not read again. Waits until the cache is read; warns of nothing.
     */
    public int heldUnchanged(List<Path> files) {
        Earlier earlier;
        try {
            earlier = reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            return 0;
        }
        if (!earlier.hasEntries()) {
            return 0;
        }
        Map<String, String> stamps = new HashMap<>();
        for (Path file : files) {
            FileStamp.ofQuiet(file).ifPresent(stamp -> stamps.put(key(file), stamp.encode()));
        }
        return earlier.withStamps(stamps);
    }

    /** Waits until the earlier run's results are read, so that a warning about them comes now. */
    void await() {
        earlier();
    }

    /**
     * A part inflated whole, so that gzip checks the checksum at its end (damage that still inflates to
     * readable bytes is found there, not taken as results), to be read without a lock per byte.
     */
    private static DataInputStream inflated(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return new DataInputStream(new BytesInput(in.readAllBytes()));
        }
    }

    /**
     * The earlier results of a file, if its content, display path and site settings are unchanged; a hit
     * is kept for the next run, with the file's stamp as it is now. An entry that cannot be decoded is a miss.
     */
    Optional<Entry> reuse(Path source, String displayPath, String contentHash, String siteKey,
                          Optional<FileStamp> stamp) {
        Stored s = earlier().entries().get(key(source));
        if (s == null || !s.contentHash().equals(contentHash)) {
            return Optional.empty();
        }
        return reuse(source, s.withStamp(stamp), displayPath, siteKey);
    }

    /**
     * The earlier results of a file not read again: its stamp is the one it had when its content was
     * hashed, so its content is the same (as git trusts its index).
     */
    Optional<Entry> reuseUnread(Path source, String displayPath, String siteKey, Optional<FileStamp> stamp) {
        Stored s = earlier().entries().get(key(source));
        if (s == null || stamp.isEmpty() || !s.stamp().equals(stamp.get().encode())) {
            return Optional.empty();
        }
        return reuse(source, s, displayPath, siteKey);
    }

    private Optional<Entry> reuse(Path source, Stored s, String displayPath, String siteKey) {
        if (!s.siteKey().equals(siteKey) || !s.displayPath().equals(displayPath)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BytesInput(s.body()))) {
            Entry entry = readEntry(s, in);
            current.put(key(source), s);
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The summary kept with a file's entry taken this run; none if it cannot be read, and the file must
     * then be summarised again.
     */
    Optional<PostSummary> summaryOf(Path source) {
        String key = key(source);
        SummaryPart.Deflated deflated = currentSummaries.get(key);
        if (deflated == null) {
            deflated = earlier().summaries().get(key);
        }
        if (deflated == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BytesInput(SummaryPart.inflate(deflated)))) {
            return Optional.of(SummaryCodec.read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What the last run reported, if it had the same key. */
    Optional<WholeRun> wholeRun(String key) {
        return earlier().wholeRun.filter(run -> run.key().equals(key));
    }

    /** Keeps what this run reported, for the next. */
    void keepWholeRun(WholeRun run) {
        wholeRun = Optional.of(run);
    }

    /** Says that this run took the last run's report as it was: nothing changed, so nothing is written. */
    void tookWholeRun() {
        tookWholeRun = true;
    }

    void put(Path source, Entry entry, PostSummary summary, Optional<FileStamp> stamp) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteArrayOutputStream summaryBytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body);
             DataOutputStream summaryOut = new DataOutputStream(summaryBytes)) {
            writeBody(entry, out);
            SummaryCodec.write(summary, summaryOut);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SummaryPart.Deflated deflated = SummaryPart.deflate(summaryBytes.toByteArray());
        if (!spill.admits(deflated.length())) {
            deflated = deflated.spilledTo(spill);
        }
        currentSummaries.put(key(source), deflated);
        current.put(key(source), new Stored(entry.displayPath(), entry.contentHash(), entry.siteKey(),
                stamp.map(FileStamp::encode).orElse(""), body.toByteArray()));
    }

    private static String key(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }

    /**
     * Keeps no more than {@code bytes} of this run's deflated summaries in memory (32 MB unless set); set
     * before the first is kept.
     */
    void summaryBudget(long bytes) {
        spill = new SummarySpill(bytes);
    }

    /**
     * Writes this run's entries, and the earlier ones of files this run did not check that still exist,
     * atomically: two runs saving at once leave one complete cache, never a mixed or cut file. A run that
     * reused every earlier entry and added none leaves the file as it is. An entry whose summary cannot
     * be read is left out, so its file is checked again next time. The cache is done with then: the file
     * its summaries past the budget went to is closed.
     */
    public void save() throws IOException {
        try {
            write();
        } finally {
            spill.close();
        }
    }

    private void write() throws IOException {
        if (tookWholeRun && Files.isRegularFile(file)) {
            return;
        }
        Map<String, Stored> previous = earlier().entries();
        boolean unchanged = current.size() == previous.size() && wholeRun.isEmpty()
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
        Map<String, SummaryPart.Deflated> summaries = new TreeMap<>();
        all.keySet().forEach(key -> {
            SummaryPart.Deflated bytes = currentSummaries.containsKey(key) ? currentSummaries.get(key)
                    : earlier().summaries().get(key);
            if (bytes != null) {
                summaries.put(key, bytes);
            }
        });
        all.keySet().retainAll(summaries.keySet());
        Optional<WholeRun> run = wholeRun.or(() -> earlier().wholeRun);
        String ownKey = earlierKey();
        byte[] runPart = compressed(out -> {
            out.writeUTF(ownKey);
            out.writeBoolean(run.isPresent());
            if (run.isPresent()) {
                writeWholeRun(run.get(), out);
            }
        });
        byte[] entryPart = compressed(out -> {
            out.writeInt(all.size());
            for (Map.Entry<String, Stored> e : all.entrySet()) {
                Stored s = e.getValue();
                out.writeUTF(e.getKey());
                out.writeUTF(s.displayPath());
                out.writeUTF(s.contentHash());
                out.writeUTF(s.siteKey());
                out.writeUTF(s.stamp());
                out.writeInt(s.body().length);
                out.write(s.body());
            }
        });
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.putInt(MAGIC).putInt(FORMAT).putInt(runPart.length).putInt(entryPart.length);
        AtomicFile.write(file, out -> {
            out.write(header.array());
            out.write(runPart);
            out.write(entryPart);
            SummaryPart.write(summaries, out);
        });
    }

    /** What goes into one compressed part of the file. */
    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    /** A part gzipped at the fastest level: the summaries' lines are text that the default level takes long over. */
    private static byte[] compressed(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        })) {
            writing.to(out);
        }
        return bytes.toByteArray();
    }

    private static void writeBody(Entry e, DataOutputStream out) throws IOException {
        out.writeInt(e.findings().size());
        for (Finding f : e.findings()) {
            writeFinding(f, out);
        }
        SummaryCodec.writeOptional(out, e.title());
        writeLines(e.lines(), out);
        SummaryCodec.writeUrlFields(out, e.urlFields());
        out.writeBoolean(e.page());
        writeSuppressions(e.suppressions(), out);
    }

    /** A finding without its file, which its entry names. */
    private static void writeFinding(Finding f, DataOutputStream out) throws IOException {
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

    private static Finding readFinding(String file, DataInputStream in) throws IOException {
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
        return new Finding(rule, severity, file, line, column, message, related, fix);
    }

    private static void writeLines(Map<Integer, String> lines, DataOutputStream out) throws IOException {
        out.writeInt(lines.size());
        for (Map.Entry<Integer, String> line : lines.entrySet()) {
            out.writeInt(line.getKey());
            SummaryCodec.writeLong(out, line.getValue());
        }
    }

    private static Map<Integer, String> readLines(DataInputStream in) throws IOException {
        int lineCount = SummaryCodec.count(in);
        Map<Integer, String> lines = new HashMap<>();
        for (int i = 0; i < lineCount; i++) {
            lines.put(in.readInt(), SummaryCodec.readLong(in));
        }
        return lines;
    }

    private static void writeWholeRun(WholeRun run, DataOutputStream out) throws IOException {
        out.writeUTF(run.key());
        out.writeInt(run.findings().size());
        for (Finding f : run.findings()) {
            SummaryCodec.writeLong(out, f.file());
            writeFinding(f, out);
        }
        out.writeInt(run.titles().size());
        for (Map.Entry<String, String> title : run.titles().entrySet()) {
            SummaryCodec.writeLong(out, title.getKey());
            SummaryCodec.writeLong(out, title.getValue());
        }
        out.writeInt(run.lines().size());
        for (Map.Entry<String, Map<Integer, String>> file : run.lines().entrySet()) {
            SummaryCodec.writeLong(out, file.getKey());
            writeLines(file.getValue(), out);
        }
    }

    private static WholeRun readWholeRun(DataInputStream in) throws IOException {
        String key = in.readUTF();
        int count = SummaryCodec.count(in);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(readFinding(SummaryCodec.readLong(in), in));
        }
        int titleCount = SummaryCodec.count(in);
        Map<String, String> titles = new HashMap<>();
        for (int i = 0; i < titleCount; i++) {
            titles.put(SummaryCodec.readLong(in), SummaryCodec.readLong(in));
        }
        int files = SummaryCodec.count(in);
        Map<String, Map<Integer, String>> lines = new HashMap<>();
        for (int i = 0; i < files; i++) {
            lines.put(SummaryCodec.readLong(in), readLines(in));
        }
        return new WholeRun(key, findings, titles, lines);
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
        return new Suppressions(path, directives, readLines(in));
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
            findings.add(readFinding(displayPath, in));
        }
        Optional<String> title = SummaryCodec.readOptional(in);
        Map<Integer, String> lines = readLines(in);
        UrlFields urlFields = SummaryCodec.readUrlFields(in);
        boolean page = in.readBoolean();
        return new Entry(displayPath, stored.contentHash(), stored.siteKey(), findings, title, lines, urlFields, page,
                readSuppressions(displayPath, in));
    }
}
