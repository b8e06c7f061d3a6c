package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.Post;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.FrontMatterSettings;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.source.Position;
import java.util.Collection;
import java.util.List;

/** The context one rule reports into; it stamps each finding with the rule's id and configured severity. */
public final class CollectingContext implements RuleContext {
    private final Rule rule;
    private final Config config;
    private final Severity severity;
    private final Collection<Finding> sink;

    public CollectingContext(Rule rule, Config config, Collection<Finding> sink) {
        this.rule = rule;
        this.config = config;
        this.severity = config.severityOf(rule);
        this.sink = sink;
    }

    @Override
    public <T> T option(RuleOption<T> option) {
        return config.optionOf(rule, option);
    }

    @Override
    public FrontMatterSettings frontMatter() {
        return config.frontMatter();
    }

    @Override
    public SiteSettings site() {
        return config.site();
    }

    @Override
    public void report(Post post, Position at, String message, Severity atMost) {
        Severity capped = severity.atLeast(atMost) ? atMost : severity;
        sink.add(new Finding(rule.id(), capped, post.path(), at.line(), at.column(), message, List.of()));
    }

    @Override
    public void report(Post post, Position at, String message, List<RelatedLocation> related) {
        sink.add(new Finding(rule.id(), severity, post.path(), at.line(), at.column(), message, related));
    }
}
