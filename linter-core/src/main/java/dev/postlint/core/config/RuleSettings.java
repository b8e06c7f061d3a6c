package dev.postlint.core.config;

import dev.postlint.core.Severity;
import dev.postlint.core.io.RecordText;
import java.util.Map;
import java.util.Optional;

/** What the config says about one rule or category: turned off, a severity other than the default, option values. */
public record RuleSettings(boolean off, Optional<Severity> severity, Map<String, Object> options) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    public static final RuleSettings DEFAULT = new RuleSettings(false, Optional.empty(), Map.of());

    public RuleSettings {
        // Sorted, as every map of the config: it is printed into the result cache's key, and an immutable
        // map's order changes from one start of Java to the next.
        options = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(options));
    }

    /**
     * These settings, from a later override, over earlier ones for the same rule or category: a new
     * severity or "off" replaces the old, options are added to the old ones.
     */
    RuleSettings overriding(RuleSettings earlier) {
        Map<String, Object> merged = new java.util.HashMap<>(earlier.options());
        merged.putAll(options);
        return off || severity.isPresent() ? new RuleSettings(off, severity, merged)
                : new RuleSettings(earlier.off(), earlier.severity(), merged);
    }
}
