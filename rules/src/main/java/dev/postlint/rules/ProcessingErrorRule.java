package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.run.Linter;

/**
 * A file postlint could not check in full: the engine reports it (too large, nested too deeply, too
 * slow, too many findings, a rule that failed on it); this class gives the finding its id, severity,
 * category and documentation, and lets config set or silence it like any rule.
 */
@AutoService(Rule.class)
public final class ProcessingErrorRule extends RuleDefinition implements PostRule {
    public ProcessingErrorRule() {
        super(Linter.PROCESSING_ERROR, Severity.ERROR, Category.STYLE,
                "A file postlint could not check in full: too large, nested too deeply, too slow, or a rule failed on it.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        // The engine reports for this rule: what it finds happens around the rules, not inside one.
    }
}
