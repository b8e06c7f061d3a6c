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
import dev.postlint.rules.support.NumberedHeadings;
import dev.postlint.rules.support.NumberedHeadings.Numbered;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A count in the title ("7 goals", "Die 10 besten Tipps") that differs from the number of numbered sections. */
@AutoService(Rule.class)
public final class ListicleCountRule extends RuleDefinition implements PostRule {
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\p{N}.,:/#v-])(\\d{1,2})(?![\\p{N}.,:%]|\\s*(?:%|px|x\\b))");

    public ListicleCountRule() {
        super("listicle-count", Severity.WARNING, Category.HEADINGS, "The number in the title differs from the number of numbered sections.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        Optional<FrontMatterValue> title = post.frontMatter().get("title").filter(FrontMatterValue::isString);
        Optional<List<Numbered>> sections = NumberedHeadings.main(post.body().headings());
        if (title.isEmpty() || sections.isEmpty()) {
            return;
        }
        String text = title.get().text().orElse("");
        Matcher m = COUNT.matcher(text);
        if (!m.find()) {
            return;
        }
        int promised = Integer.parseInt(m.group(1));
        int actual = sections.get().size();
        if (promised >= 2 && promised != actual) {
            context.report(post, title.get().locate(m.start(1), m.group(1)), "The title promises " + promised
                    + " but the post has " + actual + " numbered sections; readers count. Make the number match.",
                    List.of(context.related(post, sections.get().get(0).heading().position(), "the first numbered section")));
        }
    }
}
