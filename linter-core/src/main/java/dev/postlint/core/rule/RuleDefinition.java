package dev.postlint.core.rule;

import dev.postlint.core.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The fixed facts of a rule (id, default severity, category, description, options) and its doc page,
 * read once, so rules only write their check.
 */
public abstract class RuleDefinition implements Rule {
    private final String id;
    private final Severity defaultSeverity;
    private final Category category;
    private final String description;
    private final List<RuleOption<?>> options;
    private volatile Optional<String> docPage;

    protected RuleDefinition(String id, Severity defaultSeverity, Category category, String description,
                             RuleOption<?>... options) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.category = category;
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
    public final Category category() {
        return category;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<RuleOption<?>> options() {
        return options;
    }

    @Override
    public Optional<String> docPage() {
        Optional<String> page = docPage;
        if (page == null) {
            page = Rule.super.docPage();
            docPage = page;
        }
        return page;
    }
}
