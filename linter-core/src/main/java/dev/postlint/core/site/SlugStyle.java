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

    /**
     * Punctuation that the transliteration tables Zola's slugs come from spell with letters or digits: § as "SS",
     * ¶ as "P", ‰ as "%0", ‱ as "%00", ⁊ as "7", ⁋ as "PP" (Text::Unidecode's tables, which deunicode ports).
     */
    private static final String SPELLED_PUNCTUATION = "\u00A7\u00B6\u2030\u2031\u204A\u204B";

    public static SlugStyle parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * Whether {@link #slug} gives the generator's own id for this heading. Zola transliterates every script
     * and emoji with the deunicode tables ("北京" becomes "bei-jing", an emoji its name); this class follows
     * it for Latin letters with accents only, so a heading with other letters, digits or symbols has an id
     * it cannot tell.
     */
    public boolean knowsSlugOf(String heading) {
        if (this != ZOLA) {
            return true;
        }
        String latin = PathStyle.withoutAccents(heading);
        for (int i = 0; i < latin.length(); ) {
            int c = latin.codePointAt(i);
            i += Character.charCount(c);
            if (c > 0x7f && (!Character.isWhitespace(c) && !isPunctuationOrMark(Character.getType(c))
                    || SPELLED_PUNCTUATION.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a fragment has the shape of an id this style makes (Zola's: "a-z0-9" runs joined by single '-'). */
    public boolean couldMake(String fragment) {
        return this != ZOLA || fragment.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    private static boolean isPunctuationOrMark(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.FORMAT -> true;
            default -> false;
        };
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
