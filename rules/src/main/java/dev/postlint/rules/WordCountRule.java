package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Counted;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.Prose;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.rules.support.Words;

/** A body shorter than 300 words (Yoast's minimum for a post), counted as readers see it. */
@AutoService(Rule.class)
public final class WordCountRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MIN = RuleOption.integer("minWords", 300, "Fewest words in the body.");

    public WordCountRule() {
        super("word-count", Severity.INFO, Category.SEO, "The post has fewer than 300 words.", MIN);
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Post post, RuleContext context) {
        int words = 0;
        for (Prose p : post.body().prose()) {
            words += Words.count(p.text());
        }
        if (words < context.option(MIN)) {
            context.report(post, post.body().position(0), "The post has " + Counted.count(words, "word") + "; posts under "
                    + context.option(MIN) + " words rarely rank, because search engines see little to go on.");
        }
    }
}
