package dev.postlint.core.markdown;

import dev.postlint.core.source.Position;
import java.util.Optional;

/**
 * An image the post shows. {@code src} is the path as written (may be empty); {@code alt} is empty
 * when there is no alt text attribute at all. For HTML images, {@code srcset} holds the attribute;
 * {@code decorative} is true for an {@code <img>} hidden from assistive technology
 * ({@code aria-hidden="true"}, {@code role="presentation"} or {@code role="none"}).
 */
public record ImageRef(Kind kind, Position position, String src, Position srcPosition,
                       Optional<String> alt, Optional<String> srcset, Position srcsetPosition, String origin,
                       boolean decorative) {

    public enum Kind {
        /** {@code ![alt](src)} or a reference-style image. */
        MARKDOWN,
        /**
         * Text that was meant as a Markdown image but that CommonMark does not read as one, because
         * the path contains a space: {@code ![alt](a b.jpg)}.
         */
        MARKDOWN_UNPARSED,
        /** An HTML {@code <img>} element. */
        HTML,
        /** A front-matter field such as {@code thumbnail} or {@code image}. */
        FRONT_MATTER,
        /** A shortcode that shows an image from a literal path: Hugo's {@code figure}, Zola's {@code resize_image}. */
        TEMPLATE
    }

    /** Whether the image has alt text to check: front-matter and shortcode images are described elsewhere. */
    public boolean canHaveAlt() {
        return kind != Kind.FRONT_MATTER && kind != Kind.TEMPLATE;
    }
}
