package dev.postlint.core.links;

import dev.postlint.core.io.AtomicFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Successful external checks remembered on disk ({@code links.tsv} in the cache folder) for
 * {@code maxAge}, so a re-run costs no network. Failures are never cached: they are checked again.
 */
final class LinkCache {
    private record Entry(long checkedAt, UrlStatus status) {
    }

    private static final long FUTURE_TOLERANCE_MILLIS = 60_000;
    private final Path file;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry> entries = new HashMap<>();

    LinkCache(Path dir, Duration maxAge, Clock clock) {
        this.file = dir.resolve("links.tsv");
        this.maxAge = maxAge;
        this.clock = clock;
        entries.putAll(read());
    }

    /** The entries on disk that are neither too old nor from the future; none when the file is unreadable. */
    private Map<String, Entry> read() {
        Map<String, Entry> found = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return found;
        }
        try {
            for (String line : new String(dev.postlint.core.io.BoundedFiles.read(file, 64L * 1024 * 1024),
                    StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    continue;
                }
                long at = Long.parseLong(f[0]);
                UrlStatus.State state = UrlStatus.State.valueOf(f[1]);
                Optional<URI> target = f[2].isEmpty() ? Optional.empty() : Optional.of(URI.create(f[2]));
                long now = clock.millis();
                // An entry from the future (a wrong clock, a hand-made file) could hide a broken link for good.
                if (at <= now + FUTURE_TOLERANCE_MILLIS && now - at <= maxAge.toMillis()) {
                    found.put(f[3], new Entry(at, new UrlStatus(state, "cached", target)));
                }
            }
        } catch (IOException | RuntimeException e) {
            found.clear(); // an unreadable cache is only a slower run
        }
        return found;
    }

    Optional<UrlStatus> get(String url) {
        return Optional.ofNullable(entries.get(url)).map(Entry::status);
    }

    /**
     * Remembers a success, checked now; a URL answered from the cache keeps the time it was checked, so
     * {@code maxAge} counts from the real check and a daily job checks each link again once it is over.
     */
    void put(String url, UrlStatus status) {
        if (status.isSuccess()) {
            entries.putIfAbsent(url, new Entry(clock.millis(), status));
        }
    }

    /**
     * Writes the cache, merged with what other runs saved since this one read it (the newer check of a URL
     * wins), under a lock that runs at once, in this process or others, take in turn.
     */
    void save() throws IOException {
        Files.createDirectories(file.getParent());
        synchronized (LinkCache.class) {
            try (FileChannel channel = FileChannel.open(file.resolveSibling("links.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                Map<String, Entry> merged = read();
                entries.forEach((url, e) -> merged.merge(url, e, (a, b) -> a.checkedAt() >= b.checkedAt() ? a : b));
                write(merged);
            }
        }
    }

    private void write(Map<String, Entry> entries) throws IOException {
        List<String> lines = new ArrayList<>();
        entries.forEach((url, e) -> lines.add(e.checkedAt() + "\t" + e.status().state() + "\t"
                + e.status().finalUrl().map(URI::toString).orElse("") + "\t" + url));
        lines.sort(null);
        AtomicFile.write(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }
}
