package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.rules.support.ReferenceUses;
import dev.postlint.rules.support.ResolvedTargets;
import dev.postlint.core.Severity;
import dev.postlint.core.site.Site;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Reference;
import dev.postlint.core.site.Resolution;

/** An image (Markdown, HTML or front-matter field) whose file is not in the site. */
@AutoService(Rule.class)
public final class ImageMissingRule extends RuleDefinition implements SiteRule {
    public ImageMissingRule() {
        super("image-missing", Severity.ERROR, Category.IMAGES, "An image file that the post shows does not exist in the site.");
    }

    /** A missing image whose path has spaces is one defect: this finding says both. */
    @Override
    public java.util.Set<String> supersedes() {
        return java.util.Set.of("image-path-spaces");
    }

    @Override
    public void check(Site site, RuleContext context) {
        for (ResolvedTargets.Resolved found : ResolvedTargets.kept(site.posts(), site.links(), PostSummary::images,
                url -> !url.isBlank() && !url.startsWith("data:"),
                r -> r instanceof Resolution.Missing || r instanceof Resolution.CaseMismatch)) {
            PostSummary post = found.post();
            Reference image = found.target().reference();
            if (found.resolution() instanceof Resolution.CaseMismatch c) {
                context.report(post, image.position(), "The image '" + image.url() + "' exists only as '"
                        + c.actual() + "', with different letter case; it shows on Windows and macOS but breaks on "
                        + "case-sensitive web servers.", ReferenceUses.of(post, found.target(), context));
            } else {
                String spaces = image.url().indexOf(' ') >= 0 ? " Its path also has spaces, which some servers and "
                        + "feed readers fail on: name the file without spaces." : "";
                context.report(post, image.position(), "The image '" + image.url() + "' does not exist in the "
                        + "site, so readers see a broken image." + spaces, ReferenceUses.of(post, found.target(), context));
            }
        }
    }
}
