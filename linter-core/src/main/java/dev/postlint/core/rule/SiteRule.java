package dev.postlint.core.rule;

import dev.postlint.core.Site;

/** A rule that needs every post at once, such as duplicate titles across a site. */
public interface SiteRule extends Rule {
    void check(Site site, RuleContext context);
}
