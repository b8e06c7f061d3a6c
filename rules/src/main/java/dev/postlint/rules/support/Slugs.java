package dev.postlint.rules.support;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lower case ASCII words joined by hyphens, German letters transliterated (ä→ae, ß→ss). */
public final class Slugs {
    private Slugs() {
    }

    public static String suggest(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
