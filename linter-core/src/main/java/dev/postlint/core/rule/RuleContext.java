package dev.postlint.core.rule;

import dev.postlint.core.Post;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.config.FrontMatterSettings;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.source.Position;
import java.util.List;

/** What a rule gets to read its options and report findings; severity comes from the config. */
public interface RuleContext {
    <T> T option(RuleOption<T> option);

    FrontMatterSettings frontMatter();

    /** The site settings, e.g. the default language of posts. */
    SiteSettings site();

    void report(Post post, Position at, String message, List<RelatedLocation> related);

    default void report(Post post, Position at, String message) {
        report(post, at, message, List.of());
    }

    /**
     * Reports at the configured severity, but never above {@code atMost}: "could not verify" is a
     * warning even for a rule configured as an error.
     */
    void report(Post post, Position at, String message, Severity atMost);

    static RelatedLocation related(Post post, Position at, String message) {
        return new RelatedLocation(post.path(), at.line(), at.column(), message);
    }
}
