package dev.postlint.core.links;

import dev.postlint.core.io.RecordText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code links} section: whether and how external links are checked. Defaults follow lychee:
 * 128 requests at once, 10 per host, 20 s timeout, 3 retries, results cached for a day.
 */
public record LinkSettings(boolean external, AddressPolicy addressPolicy, Duration timeout, int retries,
                           int maxConcurrency, int maxConcurrencyPerHost, List<StatusRange> accept,
                           List<Pattern> exclude, List<Pattern> include, Path cacheDir, Duration cacheMaxAge,
                           Map<String, HostSettings> hosts, String userAgent, Duration retryDelay,
                           boolean externalAnchors, double noNetworkShare) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    public static final String DEFAULT_CACHE_DIR = ".postlint-cache";

    public LinkSettings {
        accept = List.copyOf(accept);
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        hosts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(hosts));
    }

    public static LinkSettings defaults(Path baseDir, String version) {
        return new LinkSettings(true, AddressPolicy.strict(), Duration.ofSeconds(20), 3, 128, 10, List.of(new StatusRange(200, 299)),
                List.of(), List.of(), baseDir.resolve(DEFAULT_CACHE_DIR), Duration.ofDays(1), Map.of(),
                "postlint/" + version, Duration.ofSeconds(1), false, 1.0);
    }

    public LinkSettings offline() {
        return toBuilder().external(false).build();
    }

    public boolean accepts(int status) {
        return accept.stream().anyMatch(r -> r.contains(status));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings and keeps the rest. */
    public static final class Builder {
        private boolean external;
        private AddressPolicy addressPolicy;
        private Duration timeout;
        private int retries;
        private int maxConcurrency;
        private int maxConcurrencyPerHost;
        private List<StatusRange> accept;
        private List<Pattern> exclude;
        private List<Pattern> include;
        private Path cacheDir;
        private Duration cacheMaxAge;
        private Map<String, HostSettings> hosts;
        private String userAgent;
        private Duration retryDelay;
        private double noNetworkShare;
        private boolean externalAnchors;

        private Builder(LinkSettings from) {
            this.external = from.external;
            this.addressPolicy = from.addressPolicy;
            this.timeout = from.timeout;
            this.retries = from.retries;
            this.maxConcurrency = from.maxConcurrency;
            this.maxConcurrencyPerHost = from.maxConcurrencyPerHost;
            this.accept = from.accept;
            this.exclude = from.exclude;
            this.include = from.include;
            this.cacheDir = from.cacheDir;
            this.cacheMaxAge = from.cacheMaxAge;
            this.hosts = from.hosts;
            this.userAgent = from.userAgent;
            this.retryDelay = from.retryDelay;
            this.noNetworkShare = from.noNetworkShare;
            this.externalAnchors = from.externalAnchors;
        }

        /**
         * The share of linked hosts whose names must fail to resolve (at least two) for a run to take it
         * that there is no network, and leave external links unchecked rather than broken.
         */
        public Builder noNetworkShare(double noNetworkShare) {
            this.noNetworkShare = noNetworkShare;
            return this;
        }

        public Builder external(boolean external) {
            this.external = external;
            return this;
        }

        public Builder allowPrivateAddresses(boolean allowPrivateAddresses) {
            return addressPolicy(allowPrivateAddresses ? AddressPolicy.allowAll() : AddressPolicy.strict());
        }

        public Builder addressPolicy(AddressPolicy addressPolicy) {
            this.addressPolicy = addressPolicy;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        public Builder maxConcurrencyPerHost(int maxConcurrencyPerHost) {
            this.maxConcurrencyPerHost = maxConcurrencyPerHost;
            return this;
        }

        public Builder accept(List<StatusRange> accept) {
            this.accept = accept;
            return this;
        }

        public Builder exclude(List<Pattern> exclude) {
            this.exclude = exclude;
            return this;
        }

        public Builder include(List<Pattern> include) {
            this.include = include;
            return this;
        }

        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        public Builder cacheMaxAge(Duration cacheMaxAge) {
            this.cacheMaxAge = cacheMaxAge;
            return this;
        }

        public Builder hosts(Map<String, HostSettings> hosts) {
            this.hosts = hosts;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public Builder retryDelay(Duration retryDelay) {
            this.retryDelay = retryDelay;
            return this;
        }

        public Builder externalAnchors(boolean externalAnchors) {
            this.externalAnchors = externalAnchors;
            return this;
        }

        public LinkSettings build() {
            return new LinkSettings(external, addressPolicy, timeout, retries, maxConcurrency,
                    maxConcurrencyPerHost, accept, exclude, include, cacheDir, cacheMaxAge, hosts, userAgent, retryDelay,
                    externalAnchors, noNetworkShare);
        }
    }
}
