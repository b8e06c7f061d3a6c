package dev.postlint.core.site;

import java.text.Normalizer;
import java.util.Locale;

/** How a generator writes the segments of the paths it serves pages at. */
public enum PathStyle {
    /** As the files and front matter name them. */
    AS_WRITTEN,
    /** Hugo's default: spaces become '-' and everything is lower case. */
    HUGO,
    /** Hugo with {@code disablePathToLower}: spaces become '-', letter case is kept. */
    HUGO_KEEP_CASE,
    /** Zola's {@code slugify.paths = "on"}: transliterated to ASCII, lower case, other characters one '-'. */
    ZOLA_ON,
    /** Zola's {@code "safe"}: characters unsafe in file names removed, whitespace one '-'. */
    ZOLA_SAFE;

    public String apply(String segment) {
        return switch (this) {
            case AS_WRITTEN -> segment;
            case HUGO -> segment.replace(' ', '-').toLowerCase(Locale.ROOT);
            case HUGO_KEEP_CASE -> segment.replace(' ', '-');
            case ZOLA_ON -> slugify(segment);
            case ZOLA_SAFE -> segment.replaceAll("[<>:/|?*#\\\\()\\[\\]\\n\\t]", "").strip().replaceAll("\\s+", "-");
        };
    }

    /** Writes every segment of a {@code /}-separated path this way. */
    public String applyToPath(String path) {
        StringBuilder out = new StringBuilder();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : "/").append(apply(parts[i]));
        }
        return out.toString();
    }

    /** How paths are written, in words. */
    public String description() {
        return switch (this) {
            case AS_WRITTEN -> "as the files name them";
            case HUGO -> "in lower case, spaces as '-'";
            case HUGO_KEEP_CASE -> "spaces as '-'";
            case ZOLA_ON -> "slugified (ASCII, lower case, '-')";
            case ZOLA_SAFE -> "with unsafe characters removed, spaces as '-'";
        };
    }

    /** Zola's slugify: letters transliterated to ASCII, lower case, every run of other characters one '-'. */
    static String slugify(String text) {
        return withoutAccents(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Latin letters as ASCII ones: accents dropped, ß, Æ and Ø spelled out; other characters as they are. */
    static String withoutAccents(String text) {
        return Normalizer.normalize(text.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae")
                .replace("Ø", "O").replace("ø", "o"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
