package dev.postlint.core.site;

import java.text.Normalizer;
import java.util.Locale;

/** How a generator turns a heading into its anchor id. */
public enum SlugStyle {
    /** GitHub, and Hugo's goldmark default: lower case, letters, digits, '-' and '_' kept, spaces become '-'. */
    GITHUB,
    /** kramdown (Jekyll): leading non-letters dropped, only ASCII letters, digits, spaces and '-' kept. */
    KRAMDOWN,
    /** Hugo's goldmark with autoHeadingIDType "github": the same as GitHub. */
    GOLDMARK,
    /**
     * Zola's default ({@code slugify.anchors = "on"}): letters transliterated to ASCII, lower case, every
     * run of other characters one '-', none at either end.
     */
    ZOLA;

    public static SlugStyle parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    public String slug(String heading) {
        return switch (this) {
            case GITHUB, GOLDMARK -> github(heading);
            case KRAMDOWN -> kramdown(heading);
            case ZOLA -> zola(heading);
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

    private static String zola(String text) {
        String ascii = Normalizer.normalize(text.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae")
                .replace("Ø", "O").replace("ø", "o"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String kramdown(String text) {
        String s = text.replaceFirst("^[^a-zA-Z]+", "").replaceAll("[^a-zA-Z0-9 -]", "").replace(' ', '-')
                .toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "section" : s;
    }
}
