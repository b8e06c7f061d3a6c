package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Fix;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.source.Position;
import dev.postlint.core.frontmatter.PostDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A {@code date} that cannot be read, that differs from the file name's {@code YYYY-MM-DD-} prefix,
 * or that comes after the post's "last updated" date.
 */
@AutoService(Rule.class)
public final class FrontMatterDateRule extends RuleDefinition implements PostRule {
    static final RuleOption<List<String>> UPDATED_KEYS = RuleOption.strings("updatedKeys",
            List.of("last_modified_at", "lastmod", "updated", "modified"),
            "Front-matter keys holding the date of the last update; each must not be before 'date'.");

    static final RuleOption<String> TRUTH = RuleOption.string("truth", "none",
            "Which date is right when the front matter and the file name disagree: none (say so only), file-name "
                    + "(check --fix writes the file name's date into the front matter) or front-matter.");

    public FrontMatterDateRule() {
        super("front-matter-date", Severity.ERROR, Category.FRONT_MATTER,
                "A date that cannot be read, or dates that disagree: front matter, file name and last update.",
                UPDATED_KEYS, TRUTH);
    }

    @Override
    public void check(Post post, RuleContext context) {
        if (!post.frontMatter().isReadable()) {
            return;
        }
        Optional<FrontMatterValue> dateValue = post.frontMatter().get("date").filter(v -> !v.isNull());
        Optional<LocalDate> date = dateValue.flatMap(v -> readDate(post, v, context));
        if (dateValue.isPresent() && date.isPresent()) {
            checkFileName(post, dateValue.get(), date.get(), context);
        } else if (dateValue.isEmpty() && PostDate.fileNameHasDate(post.fileName())
                && PostDate.fromFileName(post.fileName()).isEmpty()) {
            context.report(post, Position.START, "The file name '" + post.fileName()
                    + "' starts with a date that does not exist; fix the date in the file name.");
        }
        for (String key : context.option(UPDATED_KEYS)) {
            post.frontMatter().get(key).filter(v -> !v.isNull()).ifPresent(updatedValue -> {
                Optional<LocalDate> updated = readDate(post, updatedValue, context);
                if (updated.isPresent() && date.isPresent() && updated.get().isBefore(date.get())) {
                    context.report(post, updatedValue.start(), "The post was last updated ('" + key + "', "
                            + updated.get() + ") before it was published ('date', " + date.get()
                            + "); one of the two dates is wrong.");
                }
            });
        }
    }

    private Optional<LocalDate> readDate(Post post, FrontMatterValue value, RuleContext context) {
        Optional<LocalDate> date = value.text().flatMap(PostDate::parse);
        if (date.isEmpty()) {
            String shown = value.text().map(t -> "'" + t + "'").orElse("This value");
            context.report(post, value.start(), shown + " in '" + value.key() + "' is not a date that blog engines "
                    + "can read; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0000.");
        }
        return date;
    }

    /** Where the date is written as YYYY-MM-DD within the value on one line, so a fix can replace just it. */
    private static Optional<Position> dateAsWritten(FrontMatterValue value, LocalDate date) {
        String raw = value.rawText();
        int at = raw.indexOf(date.toString());
        if (at < 0 || raw.substring(0, at).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Position start = value.start();
        return Optional.of(new Position(start.line(), start.column() + at));
    }

    private void checkFileName(Post post, FrontMatterValue value, LocalDate date, RuleContext context) {
        if (PostDate.fileNameHasDate(post.fileName())) {
            Optional<LocalDate> fromName = PostDate.fromFileName(post.fileName());
            if (fromName.isEmpty()) {
                context.report(post, value.start(), "The file name '" + post.fileName()
                        + "' starts with a date that does not exist; fix the date in the file name.");
            } else if (!fromName.get().equals(date)) {
                String message = "The date " + date + " differs from the date " + fromName.get() + " in the file "
                        + "name; the URL and the date shown to readers will disagree. " + switch (context.option(TRUTH)) {
                            case "file-name" -> "The file name is right: change the date to " + fromName.get() + ".";
                            case "front-matter" -> "The front matter is right: rename the file to start with " + date
                                    + ".";
                            default -> "Make them the same.";
                        };
                Optional<Position> written = dateAsWritten(value, date);
                if (context.option(TRUTH).equals("file-name") && written.isPresent()) {
                    context.report(post, value.start(), message, Fix.replace("wrote the file name's date "
                            + fromName.get() + " into 'date'", written.get(), date.toString(), fromName.get().toString()));
                } else {
                    context.report(post, value.start(), message);
                }
            }
        }
    }
}
