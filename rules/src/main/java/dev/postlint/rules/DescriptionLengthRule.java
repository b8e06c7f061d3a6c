package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Counted;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleOption;
import java.util.Optional;

/** A meta description outside 120 to 156 characters (Yoast's bounds). A missing one is front-matter-required's. */
@AutoService(Rule.class)
public final class DescriptionLengthRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MIN = RuleOption.integer("minLength", 120, "Fewest characters.");
    static final RuleOption<Integer> MAX = RuleOption.integer("maxLength", 156, "Most characters.");

    public DescriptionLengthRule() {
        super("description-length", Severity.WARNING, Category.SEO, "The description is missing, too short or too long for search results.",
                MIN, MAX);
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Post post, RuleContext context) {
        if (!post.frontMatter().isReadable() || !context.siteSettings().pageDescriptionsServed()) {
            return; // where the templates write another meta description, this field never reaches search results
        }
        Optional<FrontMatterValue> field = post.frontMatter().get("description");
        Optional<FrontMatterValue> description = field.filter(FrontMatterValue::isString);
        String text = description.flatMap(FrontMatterValue::text).orElse("").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            // A required description is front-matter-required's to report.
            if (!context.frontMatterSettings().required().contains("description") && field.map(v -> v.isNull()
                    || v.isString()).orElse(true)) {
                context.report(post, field.map(FrontMatterValue::keyPosition).orElse(post.frontMatter().anchor()),
                        "The post has no description, so search engines show a snippet of their own choosing; write "
                                + "one of " + context.option(MIN) + " to " + context.option(MAX) + " characters that "
                                + "makes people want to click.");
            }
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length < context.option(MIN)) {
            context.report(post, description.get().start(), "The description has only " + Counted.count(length, "character") + "; "
                    + "search engines show up to about " + context.option(MAX) + ", so use " + context.option(MIN)
                    + " to " + context.option(MAX) + " to make people want to click.");
        } else if (length > context.option(MAX)) {
            context.report(post, description.get().start(), "The description has " + length + " characters; search "
                    + "engines cut it after about " + context.option(MAX) + ". Shorten it to keep the end visible.");
        }
    }
}
