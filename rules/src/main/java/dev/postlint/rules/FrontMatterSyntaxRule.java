package dev.postlint.rules;

import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterProblem;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleContext;

/** Front matter that is not valid YAML, not closed, not a mapping, or repeats a key. */
public final class FrontMatterSyntaxRule implements PostRule {
    @Override
    public String id() {
        return "front-matter-syntax";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Front matter that cannot be read as YAML, is not closed, or repeats a key.";
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (FrontMatterProblem problem : post.frontMatter().problems()) {
            context.report(post, problem.position(), problem.message());
        }
    }
}
