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
import dev.postlint.rules.support.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When front matter sets {@code keyphrase} (Zola: {@code extra.keyphrase}; or {@code keywords}, whose first entry counts), the phrase
 * should appear in the title, the description, the first paragraph and the slug.
 */
@AutoService(Rule.class)
public final class KeyphraseRule extends RuleDefinition implements PostRule {
    public KeyphraseRule() {
        super("keyphrase", Severity.INFO, Category.SEO, "The keyphrase is missing from the title, description, first paragraph or slug.");
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Post post, RuleContext context) {
        Optional<FrontMatterValue> value = post.frontMatter().get("keyphrase")
                .or(() -> post.frontMatter().get("extra.keyphrase")).or(() -> post.frontMatter().get("keywords"));
        if (value.isEmpty()) {
            return;
        }
        Optional<String> phrase = value.get().isSequence()
                ? value.get().items().stream().findFirst().flatMap(FrontMatterValue::text)
                : value.get().text().map(t -> t.split(",")[0]);
        if (phrase.isEmpty() || phrase.get().isBlank()) {
            return;
        }
        String key = phrase.get().strip();
        List<String> missing = new ArrayList<>();
        if (!contains(post.frontMatter().text("title").orElse(""), key)) {
            missing.add("the title");
        }
        if (!contains(post.frontMatter().text("description").orElse(""), key)) {
            missing.add("the description");
        }
        String first = post.body().prose().isEmpty() ? "" : post.body().prose().get(0).text();
        if (!contains(first, key)) {
            missing.add("the first paragraph");
        }
        String slug = post.frontMatter().text("slug").orElse(post.fileName().replaceFirst("\\.[^.]+$", ""));
        if (!Slugs.suggest(slug).contains(Slugs.suggest(key))) {
            missing.add("the slug");
        }
        if (!missing.isEmpty()) {
            context.report(post, value.get().start(), "The keyphrase \"" + key + "\" is missing from "
                    + String.join(", ", missing) + "; search engines and readers look for it in these places first.");
        }
    }

    private static boolean contains(String text, String phrase) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(phrase.toLowerCase(Locale.ROOT));
    }
}
