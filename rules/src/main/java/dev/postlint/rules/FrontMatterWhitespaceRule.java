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
import dev.postlint.core.source.Position;
import java.util.List;

/** A front-matter text value that starts or ends with spaces, tabs or blank lines. */
@AutoService(Rule.class)
public final class FrontMatterWhitespaceRule extends RuleDefinition implements PostRule {

    public FrontMatterWhitespaceRule() {
        super("front-matter-whitespace", Severity.WARNING, Category.FRONT_MATTER,
                "A front-matter text starts or ends with spaces or blank lines.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        if (post.frontMatter().isReadable()) {
            checkAll(post, post.frontMatter().entries(), context);
        }
    }

    private void checkAll(Post post, List<FrontMatterValue> values, RuleContext context) {
        for (FrontMatterValue value : values) {
            if (value.isMapping()) {
                checkAll(post, value.entries(), context);
            } else if (value.isSequence()) {
                checkAll(post, value.items(), context);
            } else if (value.isString()) {
                check(post, value, context);
            }
        }
    }

    private void check(Post post, FrontMatterValue value, RuleContext context) {
        String text = value.text().orElse("");
        if (value.isBlockScalar() && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1); // a block scalar's final line break is YAML's default
        }
        if (text.isEmpty()) {
            return;
        }
        String key = value.key();
        if (text.isBlank()) {
            context.report(post, value.contentStart(), "The '" + key + "' value is only whitespace; "
                    + "give it a real value or remove the line.");
            return;
        }
        if (Character.isWhitespace(text.charAt(0))) {
            String message = "The '" + key + "' value starts with " + describe(text, true)
                    + ", which ends up in page titles, previews and search results; remove it.";
            String leading = text.substring(0, text.length() - text.stripLeading().length());
            report(post, value.contentStart(), message, leading, inQuotes(value, leading, true), context);
        }
        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
            String message = "The '" + key + "' value ends with " + describe(text, false) + "; remove it.";
            String trailing = text.substring(text.stripTrailing().length());
            report(post, trailingStart(value, text), message, trailing, inQuotes(value, trailing, false), context);
        }
    }

    private static void report(Post post, Position at, String message, String whitespace, boolean fixable,
                               RuleContext context) {
        if (fixable) {
            context.report(post, at, message, Fix.replace("removed the " + (whitespace.equals(" ") ? "space" : "spaces")
                    + " inside the quotes", at, whitespace, ""));
        } else {
            context.report(post, at, message);
        }
    }

    /**
     * Whether the whitespace is written as it is read, right inside the quotes of a one-line quoted value,
     * so removing those characters keeps the value's style and quoting. Escapes and block scalars are
     * left to the author.
     */
    private static boolean inQuotes(FrontMatterValue value, String whitespace, boolean leading) {
        String raw = value.rawText();
        if (!value.isQuoted() || raw.length() < 2 || raw.indexOf('\n') >= 0 || whitespace.indexOf('\n') >= 0) {
            return false;
        }
        char quote = raw.charAt(0);
        if ((quote != '"' && quote != '\'') || raw.charAt(raw.length() - 1) != quote) {
            return false;
        }
        String inside = raw.substring(1, raw.length() - 1);
        return leading ? inside.startsWith(whitespace) : inside.endsWith(whitespace);
    }

    /** Where trailing whitespace begins: the first trailing space, or the first trailing blank line. */
    private static Position trailingStart(FrontMatterValue value, String text) {
        Position last = value.contentEnd();
        String trailing = text.substring(text.stripTrailing().length());
        if (trailing.indexOf('\n') >= 0) {
            return new Position(last.line() + 1, 1);
        }
        return new Position(last.line(), Math.max(1, last.column() - trailing.length() + 1));
    }

    private static String describe(String text, boolean leading) {
        int i = leading ? 0 : text.length() - 1;
        int step = leading ? 1 : -1;
        boolean lineBreak = false;
        int spaces = 0;
        for (; i >= 0 && i < text.length() && Character.isWhitespace(text.charAt(i)); i += step) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lineBreak = true;
            } else {
                spaces++;
            }
        }
        if (lineBreak) {
            return "a blank line";
        }
        return spaces == 1 ? "a space" : spaces + " spaces";
    }
}
