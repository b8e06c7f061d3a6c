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

/** Two or more posts with the same description, ignoring case and surrounding spaces. */
@AutoService(Rule.class)
public final class DuplicateDescriptionRule extends RuleDefinition implements SiteRule {
    public DuplicateDescriptionRule() {
        super("duplicate-description", Severity.WARNING, Category.SEO, "Two posts have the same description.");
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Site site, RuleContext context) {
        // Where the templates never serve a page's description (Zola's docs write config.description in every
        // page's head), two equal descriptions cannot compete in search results.
        DuplicateValues.check(site, "description",
                post -> site.links().settingsOfPost(post.file()).pageDescriptionsServed(), context);
    }
}
