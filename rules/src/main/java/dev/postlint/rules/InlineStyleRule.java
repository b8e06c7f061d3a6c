package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.html.HtmlFragment;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import org.jsoup.nodes.Element;

/** {@code <style>} elements and {@code style="..."} attributes in a post's HTML. */
@AutoService(Rule.class)
public final class InlineStyleRule extends RuleDefinition implements PostRule {

    public InlineStyleRule() {
        super("inline-style", Severity.ERROR, Category.STYLE,
                "A <style> element or style=\"...\" attribute puts CSS into the content.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (HtmlFragment fragment : post.body().html()) {
            for (Element element : fragment.elements()) {
                if (element.normalName().equals("style")) {
                    context.report(post, fragment.position(element), "A <style> element in the post: its CSS "
                            + "applies to the whole page, can break the site's design and is lost in feeds; move it "
                            + "to the site's stylesheet.");
                }
                if (element.hasAttr("style")) {
                    context.report(post, fragment.attributePosition(element, "style"), "A style attribute on <"
                            + element.normalName() + ">: inline CSS bypasses the site's design and dark mode and is "
                            + "dropped by many feed readers; use a class from the stylesheet instead.");
                }
            }
        }
    }
}
