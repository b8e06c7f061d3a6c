package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.rules.support.ReferenceUses;
import dev.postlint.core.Fix;
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

    /** The address a redirect ended at, keeping the old link's #fragment when the new one has none. */
    private static String newAddress(String old, String finalUrl) {
        int hash = old.indexOf('#');
        return hash >= 0 && finalUrl.indexOf('#') < 0 ? finalUrl + old.substring(hash) : finalUrl;
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
                links.externalStatus(post, link).filter(s -> s.state() == UrlStatus.State.REDIRECTED).ifPresent(s -> {
                    String message = "The link to " + link.url() + " redirects permanently to " + s.finalUrl().orElseThrow()
                            + "; link to the new address directly.";
                    String address = newAddress(link.url(), s.finalUrl().get().toString());
                    context.report(post, link.position(), message, ReferenceUses.of(post, target, context),
                            Fix.replace("linked " + address + " instead of the address that redirects to it",
                                    link.position(), link.url(), address));
                });
            }
        }
    }
}
