package dev.postlint.core.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
}
