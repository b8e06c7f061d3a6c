package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.Fix;
import dev.postlint.core.PostSource;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.frontmatter.FrontMatterSettings;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.source.Position;
import java.util.Collection;
import java.util.List;

/**
 * The context one rule reports into; it stamps each finding with the rule's id and configured
 * severity, and keeps the lines reports will quote.
 */
public final class CollectingContext implements RuleContext {
    private final Rule rule;
    private final Config config;
    private final Severity severity;
    private final Collection<Finding> sink;
    private final SourceExcerpts excerpts;
    private final SiteSettings site;

    public CollectingContext(Rule rule, Config config, Collection<Finding> sink, SourceExcerpts excerpts) {
        this(rule, config, config.site(), sink, excerpts);
    }

    /** A context for checking one post of a site whose settings, completed from its generator's config, are {@code site}. */
    public CollectingContext(Rule rule, Config config, SiteSettings site, Collection<Finding> sink,
                             SourceExcerpts excerpts) {
        this.rule = rule;
        this.config = config;
        this.site = site;
        this.severity = config.severityOf(rule);
        this.sink = sink;
        this.excerpts = excerpts;
    }

    @Override
    public <T> T option(RuleOption<T> option) {
        return config.optionOf(rule, option);
    }

    @Override
    public FrontMatterSettings frontMatterSettings() {
        return config.frontMatter();
    }

    @Override
    public SiteSettings siteSettings() {
        return site;
    }

    @Override
    public void report(PostSource post, Position at, String message, Severity atMost) {
        Severity capped = severity.atLeast(atMost) ? atMost : severity;
        add(post, new Finding(rule.id(), capped, post.path(), at.line(), at.column(), message, List.of()));
    }

    @Override
    public void report(PostSource post, Position at, String message, List<RelatedLocation> related) {
        add(post, new Finding(rule.id(), severity, post.path(), at.line(), at.column(), message, related));
    }

    @Override
    public void report(PostSource post, Position at, String message, List<RelatedLocation> related, Fix fix) {
        add(post, new Finding(rule.id(), severity, post.path(), at.line(), at.column(), message, related,
                java.util.Optional.of(fix)));
    }

    @Override
    public RelatedLocation related(PostSource post, Position at, String message) {
        excerpts.keep(post, at.line());
        return new RelatedLocation(post.path(), at.line(), at.column(), message);
    }

    private void add(PostSource post, Finding finding) {
        excerpts.keepAround(post, finding.line());
        sink.add(finding);
    }
}
