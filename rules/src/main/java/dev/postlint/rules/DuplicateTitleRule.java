package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Severity;
import dev.postlint.core.site.Site;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.rules.support.DuplicateValues;

/** Two or more posts with the same title, ignoring case and surrounding spaces. */
@AutoService(Rule.class)
public final class DuplicateTitleRule extends RuleDefinition implements SiteRule {
    public DuplicateTitleRule() {
        super("duplicate-title", Severity.WARNING, Category.SEO, "Two posts have the same title.");
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Site site, RuleContext context) {
        DuplicateValues.check(site, "title", context);
    }
}
