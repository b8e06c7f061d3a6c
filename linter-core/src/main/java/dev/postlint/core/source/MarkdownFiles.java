package dev.postlint.core.source;

import java.nio.file.Path;
import java.util.Locale;

/** Which files are Markdown: those named {@code *.md} or {@code *.markdown}, in any letter case. */
public final class MarkdownFiles {
    private MarkdownFiles() {
    }

    public static boolean isMarkdown(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    public static boolean isMarkdown(Path file) {
        Path name = file.getFileName();
        return name != null && isMarkdown(name.toString());
    }
}
