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

/** An h1 in the body when the layout already shows the title as h1, or more than one h1. */
@AutoService(Rule.class)
public final class SingleH1Rule extends RuleDefinition implements PostRule {
    static final RuleOption<Boolean> TITLE_IS_H1 = RuleOption.bool("titleIsH1", true,
            "The layout shows the front-matter title as the page's h1, so the body should have none.");

    public SingleH1Rule() {
        super("single-h1", Severity.WARNING, Category.HEADINGS, "The page would have more than one h1 heading.", TITLE_IS_H1);
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Post post, RuleContext context) {
        List<Heading> h1s = post.body().headings().stream().filter(h -> h.level() == 1).toList();
        boolean titleIsH1 = context.option(TITLE_IS_H1);
        for (int i = 0; i < h1s.size(); i++) {
            Heading h = h1s.get(i);
            if (titleIsH1) {
                context.report(post, h.position(), "This h1 is a second main heading: the layout already shows the "
                        + "title as h1. Make it an h2 (##).");
            } else if (i > 0) {
                context.report(post, h.position(), "This is h1 number " + (i + 1) + "; a page should have one main "
                        + "heading. Make it an h2 (##).", List.of(context.related(post, h1s.get(0).position(),
                        "the first h1")));
            }
        }
    }
}
