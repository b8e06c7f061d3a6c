package dev.postlint.core.site;

import dev.postlint.core.io.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** True unless the templates found write a meta description that no page or section description feeds. */
    static boolean servePageDescriptions(Path root, String theme) {
        StringBuilder metas = new StringBuilder();
        boolean[] found = {false};
        for (Path dir : theme.isEmpty() ? new Path[] {root.resolve("templates")}
                : new Path[] {root.resolve("templates"), root.resolve("themes").resolve(theme).resolve("templates")}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            FileTree.walk(dir, d -> true, file -> {
                String text = read(file);
                Matcher meta = META.matcher(text);
                while (meta.find()) {
                    found[0] = true;
                    metas.append(meta.group()).append('\n');
                }
                Matcher block = BLOCK.matcher(text);
                while (block.find()) {
                    metas.append(block.group(1)).append('\n');
                }
            });
        }
        String used = metas.toString().toLowerCase(Locale.ROOT);
        return !found[0] || used.contains("page.description") || used.contains("section.description");
    }

    private static String read(Path file) {
        try {
            return Files.size(file) > 1_000_000 ? "" : Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
