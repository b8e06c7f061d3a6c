package dev.postlint.core.rule;

import dev.postlint.core.Severity;
import java.util.List;

/**
 * A check postlint can run. Implement {@link PostRule} for checks of one post at a time or
 * {@link SiteRule} for checks across posts, and register the class in
 * {@code META-INF/services/dev.postlint.core.rule.Rule}. Rules must be stateless: the same instance
 * checks many posts at once on several threads.
 */
public interface Rule {
    /** Kebab-case id, part of the public interface (config keys, reports). */
    String id();

    Severity defaultSeverity();

    /** One line saying what the rule catches. */
    String description();

    /** Options a user may set under {@code rules.<id>} in the config. */
    default List<RuleOption<?>> options() {
        return List.of();
    }
}
