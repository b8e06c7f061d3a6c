package dev.postlint.core.report;

import dev.postlint.core.rule.Rule;
import java.util.Optional;

/** The sections of a rule's documentation page: "What it catches", "Why it matters", "How to fix". */
final class RuleDocs {
    private RuleDocs() {
    }

    /** The text of a "## heading" section of the rule's page, without the heading. */
    static Optional<String> section(Rule rule, String heading) {
        return rule.docPage().flatMap(page -> {
            int start = page.indexOf("\n## " + heading + "\n");
            if (start < 0) {
                return Optional.empty();
            }
            int from = start + heading.length() + 5;
            int end = page.indexOf("\n## ", from);
            return Optional.of(page.substring(from, end < 0 ? page.length() : end).strip());
        });
    }
}
