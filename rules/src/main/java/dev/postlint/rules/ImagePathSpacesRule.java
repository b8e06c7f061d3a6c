package dev.postlint.rules;

import com.google.auto.service.AutoService;
import dev.postlint.core.Fix;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.markdown.ImageRef;
import dev.postlint.core.markdown.TemplateSyntax;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleContext;
import java.util.regex.Pattern;

/**
 * An unencoded space in an image path: in Markdown (including {@code ![](a b.jpg)}, which CommonMark
 * does not read as an image at all), in HTML {@code src} and {@code srcset}, and in front-matter image
 * fields (config {@code frontMatter.imageFields}).
 */
@AutoService(Rule.class)
public final class ImagePathSpacesRule extends RuleDefinition implements PostRule {
    private static final Pattern DESCRIPTOR = Pattern.compile("\\d+(?:\\.\\d+)?[wx]");

    public ImagePathSpacesRule() {
        super("image-path-spaces", Severity.ERROR, Category.IMAGES,
                "An image path contains a space that is not written as %20.");
    }

    @Override
    public void check(Post post, RuleContext context) {
        for (ImageRef image : post.body().images()) {
            if (hasSpace(image.src()) && !TemplateSyntax.isTemplateTarget(image.src())) {
                String encoded = encoded(image.src());
                if (post.source().text().startsWith(image.src(), post.source().offset(image.srcPosition()))) {
                    context.report(post, image.srcPosition(), message(image), Fix.replace("wrote the spaces in '"
                            + image.src() + "' as " + (image.src().indexOf('\t') >= 0 ? "%20 and %09" : "%20"),
                            image.srcPosition(), image.src(), encoded));
                } else {
                    context.report(post, image.srcPosition(), message(image));
                }
            }
            image.srcset().filter(ImagePathSpacesRule::srcsetHasSpaceInUrl).ifPresent(srcset ->
                    context.report(post, image.srcsetPosition(), "A path in the srcset of this <img> contains a "
                            + "space, so browsers split it into a wrong path and a bad size; write spaces as %20."));
        }
    }

    private static boolean hasSpace(String path) {
        return path.chars().anyMatch(c -> c == ' ' || c == '\t');
    }

    private static String message(ImageRef image) {
        String path = image.src();
        String encoded = encoded(path);
        String where = switch (image.kind()) {
            case FRONT_MATTER -> "The '" + image.origin() + "' image path";
            case HTML -> "The src of this <img>";
            case TEMPLATE -> "The image path in this shortcode";
            default -> "The image path";
        };
        String consequence = image.kind() == ImageRef.Kind.MARKDOWN_UNPARSED
                ? " Markdown does not read this as an image at all, so readers see the raw text instead of the picture."
                : " Some servers, feed readers and social previews fail to load such paths.";
        return where + " '" + path + "' contains spaces." + consequence + " Write '" + encoded
                + "' or rename the file without spaces.";
    }

    private static String encoded(String path) {
        return path.replace(" ", "%20").replace("\t", "%09");
    }

    /** In srcset, a space separates a path from its size ("a.jpg 2x"); more words mean a space inside a path. */
    static boolean srcsetHasSpaceInUrl(String srcset) {
        for (String candidate : srcset.split(",")) {
            String[] words = candidate.strip().split("\\s+");
            if (words.length > 2 || (words.length == 2 && !DESCRIPTOR.matcher(words[1]).matches())) {
                return true;
            }
        }
        return false;
    }
}
