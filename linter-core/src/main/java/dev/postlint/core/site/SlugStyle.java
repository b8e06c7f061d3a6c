package dev.postlint.core.site;

import java.util.Locale;

/** How a generator turns a heading into its anchor id. */
public enum SlugStyle {
    /** GitHub, and Hugo's goldmark default: lower case, letters, digits, '-' and '_' kept, spaces become '-'. */
    GITHUB,
    /** kramdown (Jekyll): leading non-letters dropped, only ASCII letters, digits, spaces and '-' kept. */
    KRAMDOWN,
    /** Hugo's goldmark with autoHeadingIDType "github": the same as GitHub. */
    GOLDMARK;

    public static SlugStyle parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    public String slug(String heading) {
        return switch (this) {
            case GITHUB, GOLDMARK -> github(heading);
            case KRAMDOWN -> kramdown(heading);
        };
    }

    private static String github(String text) {
        StringBuilder b = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK) {
                b.appendCodePoint(c);
            } else if (c == ' ') {
                b.append('-');
            }
        });
        return b.toString();
    }

    private static String kramdown(String text) {
        String s = text.replaceFirst("^[^a-zA-Z]+", "").replaceAll("[^a-zA-Z0-9 -]", "").replace(' ', '-')
                .toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "section" : s;
    }
}
