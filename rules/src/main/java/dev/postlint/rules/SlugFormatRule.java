package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.source.Position;
import dev.postlint.rules.support.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A slug (front-matter {@code slug}, else the file name without date and extension) with upper case,
 * spaces, underscores or non-ASCII letters, or longer than 75 characters. Suggests a clean slug.
 */
@AutoService(Rule.class)
public final class SlugFormatRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MAX = RuleOption.integer("maxLength", 75, "Most characters in a slug.");

    public SlugFormatRule() {
        super("slug-format", Severity.WARNING, Category.SEO, "The URL slug has capitals, spaces, underscores, umlauts, or is too long.",
                MAX);
    }

    @Override
    public void check(Post post, RuleContext context) {
        Optional<FrontMatterValue> slugValue = post.frontMatter().get("slug").filter(FrontMatterValue::isString);
        String slug = slugValue.flatMap(FrontMatterValue::text).map(String::strip)
                .orElse(post.fileName().replaceFirst("\\.[^.]+$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""));
        if (slug.isEmpty() || slug.matches("(?i)_?index|readme")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!slug.equals(slug.toLowerCase(Locale.ROOT))) {
            problems.add("capital letters");
        }
        if (slug.contains(" ")) {
            problems.add("spaces");
        }
        if (slug.contains("_")) {
            problems.add("underscores");
        }
        if (!slug.chars().allMatch(c -> c < 128)) {
            problems.add("letters outside ASCII such as umlauts");
        }
        if (slug.length() > context.option(MAX)) {
            problems.add(slug.length() + " characters (more than " + context.option(MAX) + ")");
        }
        if (problems.isEmpty()) {
            return;
        }
        Position at = slugValue.map(FrontMatterValue::start).orElse(Position.START);
        String what = slugValue.isPresent() ? "The slug '" + slug + "'" : "The file name slug '" + slug + "'";
        String suggestion = Slugs.suggest(slug);
        if (suggestion.length() > context.option(MAX)) {
            suggestion = suggestion.substring(0, context.option(MAX)).replaceFirst("-[^-]*$", "");
        }
        context.report(post, at, what + " has " + String.join(", ", problems) + "; such URLs are hard to type, share "
                + "and read, and get percent-encoded. Use '" + suggestion + "'.");
    }
}
