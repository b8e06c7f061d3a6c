package dev.postlint.core.rule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The group a rule belongs to; config can set the severity of a whole group at once. */
public enum Category {
    FRONT_MATTER, IMAGES, HEADINGS, LINKS, SEO, STYLE, READABILITY, SUPPRESSIONS;

    /** The name users write in config, such as {@code front-matter}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Category> parse(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
