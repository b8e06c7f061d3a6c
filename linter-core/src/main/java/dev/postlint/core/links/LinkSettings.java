package dev.postlint.core.links;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code links} section: whether and how external links are checked. Defaults follow lychee:
 * 128 requests at once, 10 per host, 20 s timeout, 3 retries, results cached for a day.
 */
public record LinkSettings(boolean external, boolean allowPrivateAddresses, Duration timeout, int retries,
                           int maxConcurrency, int maxConcurrencyPerHost, List<StatusRange> accept,
                           List<Pattern> exclude, List<Pattern> include, Path cacheDir, Duration cacheMaxAge,
                           Map<String, HostSettings> hosts, String userAgent, Duration retryDelay,
                           boolean externalAnchors) {
    public static final String DEFAULT_CACHE_DIR = ".postlint-cache";

    public LinkSettings {
        accept = List.copyOf(accept);
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        hosts = Map.copyOf(hosts);
    }

    /** Settings without fetching external pages for their anchors. */
    public LinkSettings(boolean external, boolean allowPrivateAddresses, Duration timeout, int retries,
                        int maxConcurrency, int maxConcurrencyPerHost, List<StatusRange> accept,
                        List<Pattern> exclude, List<Pattern> include, Path cacheDir, Duration cacheMaxAge,
                        Map<String, HostSettings> hosts, String userAgent, Duration retryDelay) {
        this(external, allowPrivateAddresses, timeout, retries, maxConcurrency, maxConcurrencyPerHost, accept, exclude,
                include, cacheDir, cacheMaxAge, hosts, userAgent, retryDelay, false);
    }

    public LinkSettings withExternalAnchors(boolean enabled) {
        return new LinkSettings(external, allowPrivateAddresses, timeout, retries, maxConcurrency, maxConcurrencyPerHost,
                accept, exclude, include, cacheDir, cacheMaxAge, hosts, userAgent, retryDelay, enabled);
    }

    public static LinkSettings defaults(Path baseDir, String version) {
        return new LinkSettings(true, false, Duration.ofSeconds(20), 3, 128, 10, List.of(new StatusRange(200, 299)),
                List.of(), List.of(), baseDir.resolve(DEFAULT_CACHE_DIR), Duration.ofDays(1), Map.of(),
                "postlint/" + version, Duration.ofSeconds(1));
    }

    public LinkSettings offline() {
        return new LinkSettings(false, allowPrivateAddresses, timeout, retries, maxConcurrency, maxConcurrencyPerHost,
                accept, exclude, include, cacheDir, cacheMaxAge, hosts, userAgent, retryDelay, externalAnchors);
    }

    public boolean accepts(int status) {
        return accept.stream().anyMatch(r -> r.contains(status));
    }
}
