package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.RelatedLocation;
import java.util.List;
import dev.postlint.rules.support.ReferenceUses;
import dev.postlint.rules.support.ResolvedTargets;
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
import dev.postlint.core.site.Resolution;
import dev.postlint.core.site.SiteLinks;
import java.util.regex.Pattern;

/**
 * A link whose target does not exist: an internal file, page or permalink that is not in the site (or
 * only with other letter case), or an external URL that fails. Bot protection that blocks the check
 * is reported as a warning, not as broken.
 */
@AutoService(Rule.class)
public final class LinkBrokenRule extends RuleDefinition implements SiteRule {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public LinkBrokenRule() {
        super("link-broken", Severity.ERROR, Category.LINKS, "A link points to a page, file or web address that does not exist.");
    }

    @Override
    public boolean needsNetwork() {
        return true;
    }

    @Override
    public void check(Site site, RuleContext context) {
        SiteLinks links = site.links();
        for (ResolvedTargets.Resolved link : ResolvedTargets.kept(site.posts(), links, PostSummary::links, url -> true,
                resolution -> !(resolution instanceof Resolution.Found || resolution instanceof Resolution.SameDocument
                        || resolution instanceof Resolution.External && !links.checksExternal()))) {
            check(link.post(), link.target(), link.resolution(), links, context);
        }
    }

    private void check(PostSummary post, Reference.Target target, Resolution resolution, SiteLinks links,
                       RuleContext context) {
        Reference link = target.reference();
        String url = link.url();
        List<RelatedLocation> uses = ReferenceUses.of(post, target, context);
        if (resolution instanceof Resolution.Missing m) {
            context.report(post, link.position(), "The link target '" + url + "' does not exist: " + m.reason() + ".",
                    uses);
        } else if (resolution instanceof Resolution.CaseMismatch c) {
            context.report(post, link.position(), "The link target '" + url + "' exists only as '" + c.actual()
                    + "', with different letter case; it works on Windows and macOS but breaks on case-sensitive "
                    + "web servers.", uses);
        } else if (resolution instanceof Resolution.Script) {
            context.report(post, link.position(), "A javascript: link does nothing for readers without "
                    + "JavaScript, in feeds and for search engines; link to a real page.", uses);
        } else if (resolution instanceof Resolution.Mail mail) {
            String address = mail.address().replaceFirst("\\?.*$", "");
            if (!EMAIL.matcher(address).matches()) {
                context.report(post, link.position(), "The e-mail address '" + address
                        + "' in this mailto: link is not valid.", uses);
            }
        } else if (resolution instanceof Resolution.External) {
            UrlStatus status = links.externalStatus(post, link).orElse(null);
            if (status != null && status.state() == UrlStatus.State.BROKEN) {
                context.report(post, link.position(), "The link to " + url + " is broken: " + status.detail() + ".",
                        uses);
            } else if (status != null && status.state() == UrlStatus.State.UNVERIFIED) {
                context.report(post, link.position(), "Could not verify the link to " + url + ": "
                        + status.detail() + "; check it in a browser.", Severity.WARNING);
            }
        }
    }
}
