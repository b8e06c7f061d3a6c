package dev.postlint.rules;

import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.Site;
import dev.postlint.core.links.UrlStatus;
import dev.postlint.core.markdown.Link;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.core.site.Resolution;
import dev.postlint.core.site.SiteLinks;
import java.net.URI;
import java.util.Map;

/** An external link that permanently redirects (301, 308); the message gives the final address. */
public final class LinkRedirectRule extends RuleDefinition implements SiteRule {
    public LinkRedirectRule() {
        super("link-redirect", Severity.INFO, "An external link permanently redirects to another address.");
    }

    @Override
    public void check(Site site, RuleContext context) {
        SiteLinks links = site.links();
        Map<URI, UrlStatus> external = links.externalResults();
        for (Post post : site.posts()) {
            for (Link link : post.body().links()) {
                if (links.resolve(post, link.url()) instanceof Resolution.External e) {
                    UrlStatus status = external.get(SiteLinks.withoutFragment(e.uri()));
                    if (status != null && status.state() == UrlStatus.State.REDIRECTED) {
                        context.report(post, link.urlPosition(), "The link to " + link.url()
                                + " redirects permanently to " + status.finalUrl().orElseThrow()
                                + "; link to the new address directly.");
                    }
                }
            }
        }
    }
}
