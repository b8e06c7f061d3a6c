package dev.postlint.core.site;

import java.text.Normalizer;
import java.util.Locale;

/** How a generator turns a heading into its anchor id. */
public enum SlugStyle {
    /** GitHub, and Hugo's goldmark default: lower case, letters, digits, '-' and '_' kept, spaces become '-'. */
    GITHUB,
    /** Hugo's goldmark with autoHeadingIDType "github-ascii": GitHub's, accents dropped, then only ASCII kept. */
    GITHUB_ASCII,
    /** Hugo's goldmark with autoHeadingIDType "blackfriday": letters and digits in lower case, other runs one '-'. */
    BLACKFRIDAY,
    /** kramdown (Jekyll): leading non-letters dropped, only ASCII letters, digits, spaces and '-' kept. */
    KRAMDOWN,
    /**
     * Hugo's goldmark with autoHeadingIDType "github" (Hugo's default): GitHub's, of the text without white
     * space at either end ({@code ## Setup <a id="x"></a>} gives "setup", where GitHub gives "setup-").
     */
    GOLDMARK,
    /**
     * Zola's default ({@code slugify.anchors = "on"}): letters transliterated to ASCII, lower case, every
     * run of other characters one '-', none at either end.
     */
    ZOLA,
    /** Zola's {@code slugify.anchors = "safe"}: characters unsafe in paths removed, whitespace one '-'. */
    ZOLA_SAFE,
    /** Zola's {@code slugify.anchors = "off"}: the heading's text as it is. */
    AS_WRITTEN;

    public static SlugStyle parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String slug(String heading) {
        return switch (this) {
            case GITHUB -> github(heading);
            case GOLDMARK -> github(heading.strip());
            case GITHUB_ASCII -> github(Normalizer.normalize(heading.strip(), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "")).replaceAll("[^\\x00-\\x7F]", "");
            case BLACKFRIDAY -> blackfriday(heading);
            case KRAMDOWN -> kramdown(heading);
            case ZOLA -> PathStyle.slugify(heading);
            case ZOLA_SAFE -> PathStyle.ZOLA_SAFE.apply(heading);
            case AS_WRITTEN -> heading;
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

    private static String blackfriday(String text) {
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int c : text.codePoints().toArray()) {
            if (Character.isLetter(c) || Character.isDigit(c)) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                dash = false;
                b.appendCodePoint(Character.toLowerCase(c));
            } else {
                dash = true;
            }
        }
        return b.toString();
    }

    private static String kramdown(String text) {
        String s = text.replaceFirst("^[^a-zA-Z]+", "").replaceAll("[^a-zA-Z0-9 -]", "").replace(' ', '-')
                .toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "section" : s;
    }
}
