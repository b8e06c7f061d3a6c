package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.Heading;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleOption;
import java.util.List;

/** A heading more than one level below the one before it (## then ####). The page title counts as level 1. */
@AutoService(Rule.class)
public final class HeadingIncrementRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> START = RuleOption.integer("startLevel", 1,
            "Level of the heading before the body; 1 when the layout shows the title as the page's h1, 0 when not.");

    public HeadingIncrementRule() {
        super("heading-increment", Severity.WARNING, Category.HEADINGS, "A heading level is skipped, such as ## followed by ####.", START);
    }

    @Override
    public void check(Post post, RuleContext context) {
        int previous = context.option(START);
        Heading before = null;
        for (Heading h : post.body().headings()) {
            if (previous > 0 && h.level() > previous + 1) {
                String after = before == null ? "the title (h" + previous + ")" : "the h" + previous + " on line "
                        + before.position().line();
                context.report(post, h.position(), "This h" + h.level() + " follows " + after + "; skipping to h"
                        + h.level() + " breaks the outline screen readers and search engines use. Make it an h"
                        + (previous + 1) + ".", before == null ? List.of()
                        : List.of(context.related(post, before.position(), "the heading before")));
            }
            previous = h.level();
            before = h;
        }
    }
}
