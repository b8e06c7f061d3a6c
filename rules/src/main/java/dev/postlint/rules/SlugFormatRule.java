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
import dev.postlint.core.site.ContentLayout;
import dev.postlint.core.site.PathStyle;
import dev.postlint.core.source.Position;
import dev.postlint.rules.support.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A slug (front-matter {@code slug}, or Zola's {@code path}, else the file name without date and
 * extension) with upper case, spaces, underscores or non-ASCII letters, or longer than 75 characters, as
 * it appears in the URL: Hugo and Zola lower-case and clean file names and slugs before serving them.
 * Suggests a clean slug; a path is judged and cleaned segment by segment.
 */
@AutoService(Rule.class)
public final class SlugFormatRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> MAX = RuleOption.integer("maxLength", 75, "Most characters in a slug.");

    public SlugFormatRule() {
        super("slug-format", Severity.WARNING, Category.SEO, "The URL slug has capitals, spaces, underscores, umlauts, or is too long.",
                MAX);
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Post post, RuleContext context) {
        Optional<FrontMatterValue> slugValue = post.frontMatter().get("slug").filter(FrontMatterValue::isString)
                .or(() -> post.frontMatter().get("path").filter(FrontMatterValue::isString));
        boolean isPath = slugValue.map(v -> v.key().equals("path")).orElse(false);
        String slug = slugValue.flatMap(FrontMatterValue::text).map(String::strip)
                .orElse(post.fileName().replaceFirst("\\.[^.]+$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""));
        boolean served = false;
        if (isPath) {
            slug = slug.replaceAll("^/+|/+$", "");
        } else {
            // Hugo and Zola write the slug into the URL their own way: judge the URL readers get.
            PathStyle style = context.siteSettings().layout().map(ContentLayout::paths).orElse(PathStyle.AS_WRITTEN);
            served = !style.applyToPath(slug).equals(slug);
            slug = style.applyToPath(slug);
        }
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
        String lastSegment = slug.substring(slug.lastIndexOf('/') + 1);
        if (lastSegment.length() > context.option(MAX)) {
            problems.add(lastSegment.length() + " characters (more than " + context.option(MAX) + ")");
        }
        if (problems.isEmpty()) {
            return;
        }
        Position at = slugValue.map(FrontMatterValue::start).orElse(Position.START);
        String what = isPath ? "The path '" + slug + "'"
                : (slugValue.isPresent() ? "The slug '" : "The file name slug '") + slug + "'"
                + (served ? " (as the site serves it)" : "");
        List<String> segments = new ArrayList<>();
        for (String segment : slug.split("/")) {
            String clean = Slugs.suggest(segment);
            if (clean.length() > context.option(MAX)) {
                clean = clean.substring(0, context.option(MAX)).replaceFirst("-[^-]*$", "");
            }
            segments.add(clean);
        }
        String suggestion = String.join("/", segments);
        context.report(post, at, what + " has " + String.join(", ", problems) + "; such URLs are hard to type, share "
                + "and read, and get percent-encoded. Use '" + suggestion + "'.");
    }
}
