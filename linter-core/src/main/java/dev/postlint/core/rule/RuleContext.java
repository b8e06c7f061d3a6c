package dev.postlint.core.rule;

import dev.postlint.core.Fix;
import dev.postlint.core.PostSource;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterSettings;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.source.Position;
import java.util.List;

/** What a rule gets to read its options and settings and to report findings; severity comes from the config. */
public interface RuleContext {
    <T> T option(RuleOption<T> option);

    /** Which front-matter keys every post needs and which hold image paths. */
    FrontMatterSettings frontMatterSettings();

    /**
     * How the post's site is built: its address, permalinks, heading ids, the default language of posts,
     * and for Hugo and Zola how the generator writes paths, as read from the generator's own config.
     */
    SiteSettings siteSettings();

    void report(PostSource post, Position at, String message, List<RelatedLocation> related);

    default void report(PostSource post, Position at, String message) {
        report(post, at, message, List.of());
    }

    /**
     * Reports at the configured severity, but never above {@code atMost}: "could not verify" is a
     * warning even for a rule configured as an error.
     */
    void report(PostSource post, Position at, String message, Severity atMost);

    /** Reports a finding with the change that removes it for certain, which {@code check --fix} applies. */
    default void report(PostSource post, Position at, String message, Fix fix) {
        report(post, at, message, List.of(), fix);
    }

    /** Reports a finding with the places that explain it and the change that removes it for certain. */
    void report(PostSource post, Position at, String message, List<RelatedLocation> related, Fix fix);

    /** Another place that explains a finding, such as the post with the same title; reports quote its line. */
    RelatedLocation related(PostSource post, Position at, String message);
}
