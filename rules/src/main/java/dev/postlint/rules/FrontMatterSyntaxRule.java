package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterProblem;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;

/** Front matter that is not valid YAML, TOML or JSON, not closed, not a mapping, or repeats a key. */
@AutoService(Rule.class)
public final class FrontMatterSyntaxRule extends RuleDefinition implements PostRule {

    public FrontMatterSyntaxRule() {
        super("front-matter-syntax", Severity.ERROR, Category.FRONT_MATTER,
                "Front matter that cannot be read as YAML, TOML or JSON, is not closed, or repeats a key.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (FrontMatterProblem problem : post.frontMatter().problems()) {
            context.report(post, problem.position(), problem.message());
        }
    }
}
