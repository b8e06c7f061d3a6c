package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.rules.support.NumberedHeadings;
import dev.postlint.rules.support.NumberedHeadings.Numbered;
import java.util.List;

/**
 * Numbered headings of one level ({@code #1:}, {@code 1.}, {@code 1)}, {@code Step 1}, {@code Schritt 1})
 * that skip a number, repeat one or go backwards. A countdown (10, 9, 8 ...) is fine when it is steady.
 */
@AutoService(Rule.class)
public final class HeadingNumberingRule extends RuleDefinition implements PostRule {

    public HeadingNumberingRule() {
        super("heading-numbering", Severity.WARNING, Category.HEADINGS,
                "Numbered headings skip a number, repeat one or go backwards.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (List<Numbered> sequence : NumberedHeadings.sequences(post.body().headings())) {
            if (sequence.size() >= 2) {
                checkSequence(post, sequence, context);
            }
        }
    }

    private void checkSequence(Post post, List<Numbered> sequence, RuleContext context) {
        int first = sequence.get(0).label().number();
        int step = sequence.get(1).label().number() == first - 1 ? -1 : 1;
        for (int i = 1; i < sequence.size(); i++) {
            Numbered previous = sequence.get(i - 1);
            Numbered current = sequence.get(i);
            int before = previous.label().number();
            int now = current.label().number();
            int expected = before + step;
            if (now == expected) {
                continue;
            }
            String message;
            if (now == before) {
                message = "Heading number " + now + " is used twice (also on line " + previous.heading().position().line()
                        + "); this should be " + expected + ".";
            } else if ((now - before) * step > 0) {
                message = "Heading numbers skip from " + before + " to " + now + "; " + missing(expected, now, step) + ".";
            } else {
                message = "Heading numbers go backwards from " + before + " to " + now + "; this should be "
                        + expected + ".";
            }
            context.report(post, current.heading().textPosition(), message,
                    List.of(context.related(post, previous.heading().textPosition(), "previous number: " + before)));
        }
    }

    private static String missing(int from, int to, int step) {
        int last = to - step;
        if (from == last) {
            return "number " + from + " is missing";
        }
        String joiner = Math.abs(last - from) == 1 ? " and " : " to ";
        return "numbers " + from + joiner + last + " are missing";
    }
}
