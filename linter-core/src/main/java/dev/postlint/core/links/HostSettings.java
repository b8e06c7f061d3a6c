package dev.postlint.core.links;

import dev.postlint.core.io.RecordText;
import java.util.Map;
import java.util.OptionalInt;

/** Settings for one host: its own concurrency limit and request headers (values may name environment variables). */
public record HostSettings(OptionalInt maxConcurrency, Map<String, String> headers) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    public HostSettings {
        headers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(headers));
    }
}
