package dev.postlint.cli;

import dev.postlint.core.Severity;
import java.util.Optional;

/** The --fail-on level: the least severe finding that makes the run fail, or never. */
enum FailLevel {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO), never(null);

    private final Severity threshold;

    FailLevel(Severity threshold) {
        this.threshold = threshold;
    }

    Optional<Severity> threshold() {
        return Optional.ofNullable(threshold);
    }
}
