package dev.postlint.core.frontmatter;

import dev.postlint.core.io.RecordText;
import java.util.List;

/** Site-wide front-matter settings: which keys every post needs, which keys hold image paths. */
public record FrontMatterSettings(List<String> required, List<String> imageFields) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    /**
     * What every generator needs: a title. A date comes from a post's file name where the generator needs
     * one, and a description only helps search engines, so description-length asks for it as a warning.
     */
    public static final List<String> DEFAULT_REQUIRED = List.of("title");
    public static final List<String> DEFAULT_IMAGE_FIELDS = List.of("image", "thumbnail", "cover", "og_image");

    public FrontMatterSettings {
        required = List.copyOf(required);
        imageFields = List.copyOf(imageFields);
    }

    public static FrontMatterSettings defaults() {
        return new FrontMatterSettings(DEFAULT_REQUIRED, DEFAULT_IMAGE_FIELDS);
    }
}
