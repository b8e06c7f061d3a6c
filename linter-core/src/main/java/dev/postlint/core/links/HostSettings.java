package dev.postlint.core.links;

import java.util.Map;
import java.util.OptionalInt;

/** Settings for one host: its own concurrency limit and request headers (values may name environment variables). */
public record HostSettings(OptionalInt maxConcurrency, Map<String, String> headers) {
    public HostSettings {
        headers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(headers));
    }
}
