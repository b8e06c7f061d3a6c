package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Severity;
import dev.postlint.core.Suggestions;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.SuppressionRule;
import dev.postlint.core.suppress.Directive;
import dev.postlint.core.suppress.SuppressionReport;
import dev.postlint.core.suppress.Suppressions;
import java.util.Arrays;
import java.util.List;

/**
 * A suppression that cannot work: it names a rule or category postlint does not have (usually a typo),
 * or its comment starts with {@code postlint-} but is no directive postlint knows.
 */
@AutoService(Rule.class)
public final class SuppressionUnknownRule extends RuleDefinition implements SuppressionRule {
    private static final List<String> KEYWORDS = Arrays.stream(Directive.Kind.values())
            .filter(k -> k != Directive.Kind.UNKNOWN).map(Directive.Kind::keyword).toList();

    public SuppressionUnknownRule() {
        super("suppression-unknown", Severity.WARNING, Category.SUPPRESSIONS,
                "A suppression names a rule or category that does not exist, or is no postlint directive.");
    }

    @Override
    public void check(SuppressionReport report, RuleContext context) {
        for (Suppressions file : report.files()) {
            for (Directive d : file.directives()) {
                if (d.kind() == Directive.Kind.UNKNOWN) {
                    String keyword = d.names().get(0).id();
                    context.report(file, d.at(), "'" + keyword + "' is not a postlint directive, so this comment "
                            + "does nothing." + Suggestions.closest(keyword, KEYWORDS)
                            .map(k -> " Did you mean '" + k + "'?").orElse(" Directives: " + String.join(", ", KEYWORDS) + "."));
                    continue;
                }
                for (Directive.Name name : d.names()) {
                    if (!report.knownNames().contains(name.id())) {
                        context.report(file, name.at(), "'" + name.id() + "' is neither a rule nor a category, so "
                                + "nothing is suppressed by it." + Suggestions.closest(name.id(), report.knownNames())
                                .map(n -> " Did you mean '" + n + "'?").orElse(" `postlint rules` lists the rules."));
                    }
                }
            }
        }
    }
}
