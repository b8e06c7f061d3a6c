package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.frontmatter.PostDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year in the title or description that is earlier than the year the post is dated, such as
 * "goals for 2020" in a post published in 2021. Years in a range reaching the post's year
 * ("2019–2021") and years after "since"/"seit" are history, not a stale claim.
 */
@AutoService(Rule.class)
public final class StaleYearRule extends RuleDefinition implements PostRule {
    static final RuleOption<Integer> GRACE_DAYS = RuleOption.integer("graceDays", 31,
            "Days into a new year during which last year's number is still fine (year-in-review posts).");
    static final RuleOption<List<String>> FIELDS = RuleOption.strings("fields", List.of("title", "description"),
            "Front-matter fields to check.");

    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,/-])(19\\d{2}|20\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)");
    private static final Pattern RANGE_END = Pattern.compile(
            "^\\s*(?:-|\u2013|\u2014|to|bis|until)\\s*(19\\d{2}|20\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE = Pattern.compile("(?iu)(?:since|seit|ab|from|von)\\s+$");

    public StaleYearRule() {
        super("stale-year", Severity.WARNING, Category.FRONT_MATTER,
                "The title or description names a year earlier than the post's date.", GRACE_DAYS, FIELDS);
    }

    @Override
    public void check(Post post, RuleContext context) {
        Optional<LocalDate> date = PostDate.of(post.frontMatter(), post.fileName());
        if (date.isEmpty() || !post.frontMatter().isReadable()) {
            return;
        }
        int postYear = date.get().getYear();
        boolean inGrace = date.get().getDayOfYear() <= context.option(GRACE_DAYS);
        for (String field : context.option(FIELDS)) {
            Optional<FrontMatterValue> value = post.frontMatter().get(field).filter(FrontMatterValue::isString);
            if (value.isEmpty()) {
                continue;
            }
            String text = value.get().text().orElse("");
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year >= postYear || (inGrace && year == postYear - 1) || isHistory(text, m, postYear)) {
                    continue;
                }
                context.report(post, value.get().locate(m.start(), m.group(1)), "The " + field + " mentions "
                        + year + ", but the post is dated " + date.get() + "; readers and search engines will "
                        + "take it as out of date. Update the year or the date.");
            }
        }
    }

    private static boolean isHistory(String text, Matcher year, int postYear) {
        Matcher end = RANGE_END.matcher(text.substring(year.end()));
        if (end.find() && Integer.parseInt(end.group(1)) >= postYear) {
            return true;
        }
        return SINCE.matcher(text.substring(0, year.start())).find();
    }
}
