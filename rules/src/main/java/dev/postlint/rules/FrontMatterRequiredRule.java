package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.frontmatter.FrontMatterFormat;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.frontmatter.PostDate;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A required front-matter key (config {@code frontMatter.required}) that is missing, null or blank. */
@AutoService(Rule.class)
public final class FrontMatterRequiredRule extends RuleDefinition implements PostRule {

    public FrontMatterRequiredRule() {
        super("front-matter-required", Severity.ERROR, Category.FRONT_MATTER,
                "A required front-matter field (a title by default) is missing or empty.");
    }

    @Override
    public boolean judgesPage() {
        return true;
    }

    @Override
    public void check(Post post, RuleContext context) {
        FrontMatter fm = post.frontMatter();
        if (fm.isPresent() && !fm.isReadable()) {
            return; // Unreadable front matter is reported by front-matter-syntax.
        }
        List<String> missing = new ArrayList<>();
        for (String key : context.frontMatterSettings().required()) {
            Optional<FrontMatterValue> value = fm.get(key);
            // Jekyll and Zola take a post's date from a YYYY-MM-DD- file name when the front matter has none,
            // and Jekyll a draft's from the file's modification time.
            boolean dateElsewhere = key.equals("date") && (PostDate.fromFileName(post.fileName()).isPresent()
                    || post.path().replace('\\', '/').contains("_drafts/"));
            // Jekyll's front-matter defaults give the key, or the page's template writes its title without it.
            boolean givenElsewhere = context.siteSettings().defaultsGive(post.file(), key)
                    || key.equals("title") && context.siteSettings().templateOwnsTitle(post);
            if (value.isEmpty()) {
                if (!dateElsewhere && !givenElsewhere && fm.isPresent()) {
                    context.report(post, Position.START, "The front matter has no '" + key + "' field; add "
                            + howToAdd(fm.format(), key) + ".");
                } else if (!dateElsewhere && !givenElsewhere) {
                    missing.add(key);
                }
            } else if (isEmpty(value.get())) {
                context.report(post, value.get().keyPosition(), "The '" + key
                        + "' field is empty; give it a value or remove the line.");
            }
        }
        if (!missing.isEmpty()) {
            // One defect: the whole front matter is missing, not each field of it.
            List<String> quoted = missing.stream().map(k -> "'" + k + "'").toList();
            String fields = quoted.size() == 1 ? quoted.get(0) : String.join(", ", quoted.subList(0, quoted.size() - 1))
                    + " and " + quoted.get(quoted.size() - 1);
            context.report(post, Position.START, "The post has no front matter, so it lacks " + fields + "; start "
                    + "the file with a '---' line, one line per field such as '" + missing.get(0) + ": ...', and a "
                    + "closing '---' line.");
        }
    }

    private static String howToAdd(FrontMatterFormat format, String key) {
        return switch (format) {
            case TOML -> "'" + key + " = ...' between the '+++' lines";
            case JSON -> "\"" + key + "\": ... to the JSON object at the top";
            default -> "'" + key + ": ...' between the '---' lines";
        };
    }

    private static boolean isEmpty(FrontMatterValue value) {
        if (value.isNull()) {
            return true;
        }
        if (value.isScalar()) {
            return value.text().orElse("").isBlank();
        }
        return value.isSequence() ? value.items().isEmpty() : value.entries().isEmpty();
    }
}
