package dev.postlint.core.rule;

import dev.postlint.core.Severity;
import java.util.List;

/** The fixed facts of a rule (id, default severity, description, options), so rules only write their check. */
public abstract class RuleDefinition implements Rule {
    private final String id;
    private final Severity defaultSeverity;
    private final String description;
    private final List<RuleOption<?>> options;

    protected RuleDefinition(String id, Severity defaultSeverity, String description, RuleOption<?>... options) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.options = List.of(options);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<RuleOption<?>> options() {
        return options;
    }
}
