package dev.postlint.core.site;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a Zola site's templates put a page's own description into its {@code <meta name="description">}.
 * When the templates write a meta description and none of them takes it from {@code page.description} or
 * {@code section.description} (zola-docs writes {@code config.description} on every page), a page's
 * description field never reaches search engines, and its length says nothing about search results.
 */
final class TemplateDescriptions {
    private static final Pattern META = Pattern.compile("<meta[^>]*name=[\"']description[\"'][^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK = Pattern.compile("\\{%-?\\s*block\\s+description\\s*-?%}(.*?)\\{%-?\\s*endblock",
            Pattern.DOTALL);

    private TemplateDescriptions() {
    }

    /** True unless the templates (their texts) write a meta description that no page or section description feeds. */
    static boolean servePageDescriptions(Collection<String> templates) {
        StringBuilder metas = new StringBuilder();
        boolean found = false;
        for (String text : templates) {
            Matcher meta = META.matcher(text);
            while (meta.find()) {
                found = true;
                metas.append(meta.group()).append('\n');
            }
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                metas.append(block.group(1)).append('\n');
            }
        }
        String used = metas.toString().toLowerCase(Locale.ROOT);
        return !found || used.contains("page.description") || used.contains("section.description");
    }
}
