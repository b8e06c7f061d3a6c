package dev.postlint.core.site;

import dev.postlint.core.frontmatter.FrontMatterReader;
import dev.postlint.core.io.BoundedFiles;
import dev.postlint.core.io.FileTree;
import dev.postlint.core.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code page_template} fields of a Zola site's sections: Zola renders a page with the one of the
 * nearest section above it that sets one, unless the page names its own {@code template}. Keyed by the
 * section's folder and language ({@code _index.fr.md} is its folder's French section).
 */
final class ZolaPageTemplates {
    /** A Zola section's file, or a translation's ({@code _index.fr.md}), with its language as group 1. */
    static final Pattern SECTION_FILE = Pattern.compile("_index(?:\\.([^.]+))?\\.md");

    private ZolaPageTemplates() {
    }

    /** The page templates the sections below {@code content} set, by {@link #key}. */
    static Map<String, String> read(Path content) {
        Map<String, String> templates = new TreeMap<>();
        if (!Files.isDirectory(content)) {
            return templates;
        }
        FileTree.walk(content, dir -> true, file -> {
            Matcher name = SECTION_FILE.matcher(file.getFileName().toString());
            if (!name.matches()) {
                return;
            }
            try {
                String text = new String(BoundedFiles.read(file, 1_000_000), StandardCharsets.UTF_8);
                FrontMatterReader.read(new SourceText(text)).text("page_template").map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .ifPresent(t -> templates.put(key(file.getParent(), name.group(1) == null ? "" : name.group(1)), t));
            } catch (IOException | RuntimeException e) {
                // A section that cannot be read sets no template; its pages are judged by page.html.
            }
        });
        return templates;
    }

    /** The key of a section: its folder and its language ("" for the default one's {@code _index.md}). */
    static String key(Path folder, String language) {
        return folder.toAbsolutePath().normalize() + "|" + language;
    }
}
