package dev.postlint.core;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
