package dev.postlint.core.rule;

import dev.postlint.core.Post;

/** A rule that looks at one post at a time. */
public interface PostRule extends Rule {
    void check(Post post, RuleContext context);
}
