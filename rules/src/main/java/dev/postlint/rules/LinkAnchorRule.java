package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.rules.support.ReferenceUses;
import dev.postlint.rules.support.ResolvedTargets;
import dev.postlint.core.Severity;
import dev.postlint.core.Suggestions;
import dev.postlint.core.site.Site;
import dev.postlint.core.links.UrlStatus;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.core.site.Anchors;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Reference;
import dev.postlint.core.site.Resolution;
import dev.postlint.core.site.SiteLinks;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code #fragment} that names no heading, {@code {#id}} or HTML id in its target: the same post,
 * another post (by source path or permalink), an HTML page of the site, or, with
 * {@code links.externalAnchors}, a fetched external page.
 */
@AutoService(Rule.class)
public final class LinkAnchorRule extends RuleDefinition implements SiteRule {
    public LinkAnchorRule() {
        super("link-anchor", Severity.ERROR, Category.LINKS, "A link's #anchor does not exist in the page it points to.");
    }

    @Override
    public boolean needsNetwork() {
        return true;
    }

    @Override
    public void check(Site site, RuleContext context) {
        SiteLinks links = site.links();
        for (ResolvedTargets.Resolved resolved : ResolvedTargets.kept(site.posts(), links, PostSummary::links,
                url -> url.indexOf('#') >= 0, r -> r instanceof Resolution.SameDocument
                        || r instanceof Resolution.Found found && found.fragment().isPresent()
                        || r instanceof Resolution.External e && e.uri().getFragment() != null)) {
            PostSummary post = resolved.post();
            Reference.Target target = resolved.target();
            Resolution r = resolved.resolution();
            if (r instanceof Resolution.SameDocument same) {
                check(post, target, same.fragment(), post.file(), "this post", links, context);
            } else if (r instanceof Resolution.Found found) {
                check(post, target, found.fragment().get(), found.source(),
                        found.source().getFileName().toString(), links, context);
            } else if (r instanceof Resolution.External e) {
                Optional<Set<String>> pageAnchors = links.externalStatus(post, target.reference())
                        .flatMap(UrlStatus::anchors);
                if (pageAnchors.isPresent()) {
                    report(post, target, e.uri().getFragment(), pageAnchors.get(),
                            SiteLinks.withoutFragment(e.uri()).toString(), context);
                }
            }
        }
    }

    private void check(PostSummary post, Reference.Target link, String fragment, Path page, String pageName,
                       SiteLinks links, RuleContext context) {
        if (fragment.isEmpty() || fragment.equals("top")) {
            return;
        }
        Optional<Set<String>> anchors = links.anchorsOf(page);
        if (anchors.isPresent()) {
            report(post, link, fragment, anchors.get(), pageName, context);
        }
    }

    private void report(PostSummary post, Reference.Target target, String fragment, Set<String> anchors,
                        String targetName, RuleContext context) {
        if (fragment.isEmpty() || fragment.equals("top") || Anchors.mayHold(anchors, fragment)) {
            return;
        }
        String suggestion = Suggestions.closest(fragment, Anchors.known(anchors)).map(a -> " Did you mean #" + a + "?")
                .orElse("");
        context.report(post, target.reference().position(), "The anchor #" + fragment + " does not exist in "
                + targetName + "; readers land at the top of the page instead of the section." + suggestion,
                ReferenceUses.of(post, target, context));
    }
}
