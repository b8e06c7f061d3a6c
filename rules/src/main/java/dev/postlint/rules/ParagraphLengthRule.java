package dev.postlint.rules;

import com.google.auto.service.AutoService;
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

/** A paragraph longer than 150 words (Yoast's limit): a wall of text, especially on a phone. */
@AutoService(Rule.class)
public final class ParagraphLengthRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MAX = RuleOption.integer("maxWords", 150, "Most words in a paragraph.");

    public ParagraphLengthRule() {
        super("paragraph-length", Severity.INFO, Category.READABILITY, "A paragraph has more than 150 words.", MAX);
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (Prose p : post.body().prose()) {
            int words = Words.count(p.text());
            if (words > context.option(MAX)) {
                context.report(post, p.position(), "This paragraph has " + words + " words; paragraphs over "
                        + context.option(MAX) + " words are hard to read on a phone. Split it.");
            }
        }
    }
}
