package dev.postlint.core.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link cache's clock: maxAge counts from the real check, and entries from the future count for nothing. */
class LinkCacheTest {
    private static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");

    @TempDir
    Path dir;

    private LinkCache at(Instant now) {
        return new LinkCache(dir, Duration.ofDays(1), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aLinkAnsweredFromTheCacheIsCheckedAgainOnceMaxAgeHasPassedSinceItsCheck() throws Exception {
        LinkCache first = at(T0);
        first.put("https://example.org/", UrlStatus.ok());
        first.save();
        LinkCache halfDay = at(T0.plus(Duration.ofHours(12)));
        Optional<UrlStatus> cached = halfDay.get("https://example.org/");
        assertTrue(cached.isPresent());
        halfDay.put("https://example.org/", cached.get()); // as the checker does with every result
        halfDay.save();
        assertEquals(Optional.empty(), at(T0.plus(Duration.ofHours(25))).get("https://example.org/"),
                "a day after the real check the entry is too old, however often it was read");
    }

    @Test
    void anEntryFromTheFutureIsIgnored() throws Exception {
        Files.writeString(dir.resolve("links.tsv"), T0.plus(Duration.ofDays(3650)).toEpochMilli()
                + "\tOK\t\thttps://broken.example.org/\n" + T0.toEpochMilli() + "\tOK\t\thttps://example.org/\n");
        LinkCache cache = at(T0.plus(Duration.ofMinutes(1)));
        assertEquals(Optional.empty(), cache.get("https://broken.example.org/"));
        assertTrue(cache.get("https://example.org/").isPresent());
    }

    @Test
    void fourRunsSavingAtOnceKeepEveryRunsEntries() throws Exception {
        long anHourAgo = Instant.now().minus(Duration.ofHours(1)).toEpochMilli();
        Files.writeString(dir.resolve("links.tsv"), anHourAgo + "\tOK\t\thttps://earlier.example.org/\n");
        List<Process> runs = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            runs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), LinkCacheWriter.class.getName(), dir.toString(), name)
                    .inheritIO().start());
        }
        for (String name : List.of("a", "b", "c", "d")) {
            while (!Files.exists(dir.resolve(name + ".ready"))) {
                Thread.sleep(5);
            }
        }
        Files.writeString(dir.resolve("go"), "");
        for (Process run : runs) {
            assertEquals(0, run.waitFor());
        }
        LinkCache merged = new LinkCache(dir, Duration.ofDays(1), Clock.systemUTC());
        for (String name : List.of("a", "b", "c", "d")) {
            for (int i = 0; i < 200; i++) {
                assertTrue(merged.get("https://" + name + ".example.org/" + i).isPresent(), name + i);
            }
        }
        assertEquals(801, Files.readAllLines(dir.resolve("links.tsv")).size(), "and what an earlier run saved, if fresh");
    }
}
