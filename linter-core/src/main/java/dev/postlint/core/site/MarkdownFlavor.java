package dev.postlint.core.site;

import dev.postlint.core.markdown.MarkdownExtension;
import java.util.EnumSet;
import java.util.Set;

/** The Markdown extensions each generator renders by default. */
public final class MarkdownFlavor {
    private MarkdownFlavor() {
    }

    /**
     * Jekyll's kramdown (with its GFM input) and Hugo's goldmark render all five; Zola's pulldown-cmark has
     * tables, strikethrough, task lists and footnotes but no definition lists; a folder of no generator is
     * read as GitHub renders it, which is the same four.
     */
    public static Set<MarkdownExtension> defaultsFor(Generator generator) {
        return switch (generator) {
            case JEKYLL, HUGO -> EnumSet.allOf(MarkdownExtension.class);
            case ZOLA, UNKNOWN -> MarkdownExtension.GFM;
        };
    }
}
