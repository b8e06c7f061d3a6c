package dev.postlint.core.config;

import dev.postlint.core.Severity;
import java.util.Map;
import java.util.Optional;

/** What the config says about one rule or category: turned off, a severity other than the default, option values. */
public record RuleSettings(boolean off, Optional<Severity> severity, Map<String, Object> options) {
    public static final RuleSettings DEFAULT = new RuleSettings(false, Optional.empty(), Map.of());

    public RuleSettings {
        options = Map.copyOf(options);
    }

    /** A rule's own settings over its category's: a rule given only options keeps the category's severity. */
    RuleSettings over(RuleSettings category) {
        if (off || severity.isPresent()) {
            return this;
        }
        return new RuleSettings(category.off(), category.severity(), options);
    }
}
