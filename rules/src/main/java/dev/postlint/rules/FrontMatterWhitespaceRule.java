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
            context.report(post, value.contentStart(), "The '" + key + "' value starts with " + describe(text, true)
                    + ", which ends up in page titles, previews and search results; remove it.");
        }
        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
            context.report(post, trailingStart(value, text), "The '" + key + "' value ends with "
                    + describe(text, false) + "; remove it.");
        }
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
