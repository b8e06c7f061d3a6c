package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.ImageRef;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleOption;

/** An image without alt text, in Markdown or HTML. */
@AutoService(Rule.class)
public final class ImageAltMissingRule extends RuleDefinition implements PostRule {
    static final RuleOption<Boolean> ALLOW_EMPTY_HTML_ALT = RuleOption.bool("allowEmptyHtmlAlt", false,
            "Accept alt=\"\" on HTML images, the HTML way to mark an image as decorative.");

    public ImageAltMissingRule() {
        super("image-alt-missing", Severity.WARNING, Category.IMAGES,
                "An image has no alt text for screen readers and image search.", ALLOW_EMPTY_HTML_ALT);
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (ImageRef image : post.body().images()) {
            if (!image.canHaveAlt() || image.decorative()) {
                continue;
            }
            if (image.alt().isEmpty()) {
                context.report(post, image.position(), "This <img> has no alt attribute; add alt=\"...\" describing "
                        + "the picture for readers who cannot see it and for image search.");
            } else if (image.alt().get().isBlank()) {
                if (image.kind() == ImageRef.Kind.HTML && context.option(ALLOW_EMPTY_HTML_ALT)) {
                    continue;
                }
                String how = image.kind() == ImageRef.Kind.HTML ? "alt=\"...\"" : "the brackets: ![a short description](...)";
                context.report(post, image.position(), "This image has empty alt text; describe the picture in "
                        + how + " for readers who cannot see it and for image search.");
            }
        }
    }
}
