package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.rules.support.ReferenceUses;
import dev.postlint.core.Severity;
import dev.postlint.core.site.Site;
import dev.postlint.core.links.UrlStatus;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Reference;
import dev.postlint.core.site.SiteLinks;

/** An external link that permanently redirects (301, 308); the message gives the final address. */
@AutoService(Rule.class)
public final class LinkRedirectRule extends RuleDefinition implements SiteRule {
    public LinkRedirectRule() {
        super("link-redirect", Severity.INFO, Category.LINKS, "An external link permanently redirects to another address.");
    }

    @Override
    public boolean needsNetwork() {
        return true;
    }

    @Override
    public void check(Site site, RuleContext context) {
        SiteLinks links = site.links();
        if (!links.checksExternal()) {
            return;
        }
        for (PostSummary post : site.posts()) {
            for (Reference.Target target : Reference.targets(post.links())) {
                Reference link = target.reference();
                links.externalStatus(post, link).filter(s -> s.state() == UrlStatus.State.REDIRECTED).ifPresent(s ->
                        context.report(post, link.position(), "The link to " + link.url()
                                + " redirects permanently to " + s.finalUrl().orElseThrow()
                                + "; link to the new address directly.", ReferenceUses.of(post, target, context)));
            }
        }
    }
}
