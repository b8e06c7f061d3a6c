package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Severity;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.SuppressionRule;
import dev.postlint.core.suppress.Directive;
import dev.postlint.core.suppress.SuppressionReport;
import dev.postlint.core.suppress.Suppressions;

/**
 * A {@code postlint-disable} comment, or a rule it names, that suppressed no finding in this run: the
 * problem was fixed or moved, and the comment would silently hide the next one.
 */
@AutoService(Rule.class)
public final class UnusedSuppressionRule extends RuleDefinition implements SuppressionRule {

    public UnusedSuppressionRule() {
        super("unused-suppression", Severity.INFO, Category.SUPPRESSIONS,
                "A postlint-disable comment or front-matter entry suppresses nothing.");
    }

    @Override
    public void check(SuppressionReport report, RuleContext context) {
        for (Suppressions file : report.files()) {
            for (Directive d : file.directives()) {
                if (d.kind() == Directive.Kind.ENABLE || d.kind() == Directive.Kind.UNKNOWN) {
                    continue;
                }
                String where = d.kind() == Directive.Kind.DISABLE_FILE ? "in this file"
                        : d.kind() == Directive.Kind.DISABLE_NEXT_LINE ? "on the next line"
                        : d.kind() == Directive.Kind.DISABLE_LINE ? "on this line" : "on the lines it covers";
                if (d.isAboutEveryRule()) {
                    if (!file.isUsed(d, null) && report.judgedInFull().test(file.path(), "")) {
                        context.report(file, d.at(), "This " + d.kind().keyword() + " suppresses nothing: no rule "
                                + "reports anything " + where + ". Remove it, so it cannot hide a future problem.");
                    }
                    continue;
                }
                for (Directive.Name name : d.names()) {
                    if (report.knownNames().contains(name.id()) && !file.isUsed(d, name)
                            && report.judgedInFull().test(file.path(), name.id())) {
                        context.report(file, name.at(), d.inFrontMatter()
                                ? "'" + name.id() + "' is disabled in the front matter, but reports nothing in this "
                                + "file. Remove it from postlint.disable, so it cannot hide a future problem."
                                : "'" + name.id() + "' is suppressed here, but reports nothing " + where
                                + ". Remove it from the " + d.kind().keyword() + " comment, so it cannot hide a "
                                + "future problem.");
                    }
                }
            }
        }
    }
}
