package dev.postlint.core.rule;

import dev.postlint.core.site.Site;

/**
 * A rule that needs every post at once, such as duplicate titles across a site. It reads the posts'
 * summaries ({@link dev.postlint.core.site.PostSummary}), not the parsed posts, which are released
 * after the post rules ran.
 */
public interface SiteRule extends Rule {
    void check(Site site, RuleContext context);
}
