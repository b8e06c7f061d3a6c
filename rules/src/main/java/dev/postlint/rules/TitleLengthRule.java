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
import dev.postlint.rules.support.PixelWidth;
import java.util.Optional;

/** A title longer than search results show (60 characters, or 600 px in pixel mode) or too short to say much. */
@AutoService(Rule.class)
public final class TitleLengthRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MAX = RuleOption.integer("maxLength", 60, "Most characters a title should have.");
    static final RuleOption<Integer> MIN = RuleOption.integer("minLength", 20, "Fewest characters a title should have.");
    static final RuleOption<String> MODE = RuleOption.string("mode", "characters",
            "characters, or pixels to measure the title in Arial 20 px as Google shows it.");
    static final RuleOption<Integer> MAX_PIXELS = RuleOption.integer("maxPixels", 600, "Widest title in pixel mode.");

    public TitleLengthRule() {
        super("title-length", Severity.WARNING, Category.SEO, "The title is too long for search results, or too short.",
                MAX, MIN, MODE, MAX_PIXELS);
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Post post, RuleContext context) {
        Optional<FrontMatterValue> title = post.frontMatter().get("title").filter(FrontMatterValue::isString);
        if (title.isEmpty() || !post.frontMatter().isReadable()
                || context.siteSettings().templateOwnsTitle(post)) {
            return; // no title, or one the served page does not show
        }
        String text = title.get().text().orElse("").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (context.option(MODE).equals("pixels")) {
            int pixels = PixelWidth.of(text);
            if (pixels > context.option(MAX_PIXELS)) {
                context.report(post, title.get().start(), "The title is about " + pixels + " px wide in search results; "
                        + "Google cuts titles at about " + context.option(MAX_PIXELS) + " px. Shorten it so it shows in full.");
                return;
            }
        } else if (length > context.option(MAX)) {
            context.report(post, title.get().start(), "The title has " + length + " characters; search results cut titles "
                    + "after about " + context.option(MAX) + ". Shorten it so it shows in full.");
            return;
        }
        // Short is judged on the title as served: the site's templates may add " | Site" to it, and when
        // the template that writes <title> is not in the site, how long the served title is cannot be told.
        java.util.OptionalInt affix = context.siteSettings().titleAffix();
        if (affix.isPresent() && length + affix.getAsInt() < context.option(MIN)) {
            String served = affix.getAsInt() == 0 ? "" : " (" + (length + affix.getAsInt()) + " as the site serves it)";
            context.report(post, title.get().start(), "The title has only " + Counted.count(length, "character")
                    + served + "; use at least " + context.option(MIN)
                    + " to tell readers and search engines what the post is about.");
        }
    }
}
