package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.Footnotes;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import java.util.HashSet;
import java.util.Set;

/**
 * A footnote reference ({@code [^1]}) whose definition is missing, so readers see the brackets, and a
 * definition ({@code [^1]: ...}) that nothing refers to, so the generator leaves it out of the page.
 */
@AutoService(Rule.class)
public final class FootnoteReferenceRule extends RuleDefinition implements PostRule {
    public FootnoteReferenceRule() {
        super("footnote-reference", Severity.WARNING, Category.LINKS,
                "A footnote reference without a definition, or a footnote definition nothing refers to.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        Footnotes footnotes = post.body().footnotes();
        Set<String> defined = new HashSet<>();
        footnotes.definitions().forEach(d -> defined.add(d.key()));
        Set<String> referenced = new HashSet<>();
        footnotes.references().forEach(r -> referenced.add(r.key()));
        for (Footnotes.Mark reference : footnotes.references()) {
            if (!defined.contains(reference.key())) {
                context.report(post, reference.position(), "The footnote [^" + reference.label() + "] has no "
                        + "definition, so readers see the brackets; add a line '[^" + reference.label() + "]: ...'.");
            }
        }
        for (Footnotes.Mark definition : footnotes.definitions()) {
            if (!referenced.contains(definition.key())) {
                context.report(post, definition.position(), "Nothing refers to the footnote [^" + definition.label()
                        + "], so it is left off the page; refer to it with [^" + definition.label()
                        + "] or remove it.");
            }
        }
    }
}
