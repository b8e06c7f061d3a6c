package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;

/** A file that is not valid UTF-8. */
@AutoService(Rule.class)
public final class FileEncodingRule extends RuleDefinition implements PostRule {

    public FileEncodingRule() {
        super("file-encoding", Severity.ERROR, Category.STYLE,
                "The file is not valid UTF-8, so some characters will show up garbled.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        post.firstInvalidByte().ifPresent(at -> context.report(post, at,
                "The file is not valid UTF-8 from here on (it was probably saved as Latin-1 or Windows-1252); "
                        + "save it as UTF-8 so letters such as ä, é or ß show up correctly."));
    }
}
