package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.UndefinedReference;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;

/** A {@code [text][label]} or {@code [label][]} reference whose label the post never defines. */
@AutoService(Rule.class)
public final class LinkReferenceUndefinedRule extends RuleDefinition implements PostRule {

    public LinkReferenceUndefinedRule() {
        super("link-reference-undefined", Severity.ERROR, Category.LINKS,
                "A reference link or image names a label the post never defines, so readers see the brackets.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (UndefinedReference ref : post.body().undefinedReferences()) {
            context.report(post, ref.position(), "The reference '" + ref.label() + "' is not defined, so readers see "
                    + ref.written() + " as written, brackets and all; add a line '[" + ref.label()
                    + "]: URL' to the post or correct the label.");
        }
    }
}
