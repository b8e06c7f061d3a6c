package dev.postlint.core.links;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A separate run for {@link LinkCacheTest}: opens the cache, waits for the start signal, adds its links, saves. */
public final class LinkCacheWriter {
    private LinkCacheWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String name = args[1];
        LinkCache cache = new LinkCache(dir, Duration.ofDays(1), Clock.systemUTC());
        for (int i = 0; i < 200; i++) {
            cache.put("https://" + name + ".example.org/" + i, UrlStatus.ok());
        }
        Files.writeString(dir.resolve(name + ".ready"), "");
        while (!Files.exists(dir.resolve("go"))) {
            Thread.sleep(5);
        }
        cache.save();
    }
}
