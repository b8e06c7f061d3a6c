package dev.postlint.core.config;

import dev.postlint.core.Severity;
import java.util.Map;
import java.util.Optional;

/** What the config says about one rule: turned off, a severity other than its default, option values. */
public record RuleSettings(boolean off, Optional<Severity> severity, Map<String, Object> options) {
    public static final RuleSettings DEFAULT = new RuleSettings(false, Optional.empty(), Map.of());

    public RuleSettings {
        options = Map.copyOf(options);
    }
}
