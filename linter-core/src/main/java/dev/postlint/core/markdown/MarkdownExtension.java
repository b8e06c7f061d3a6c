package dev.postlint.core.markdown;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Markdown extensions postlint can read, each flexmark's own module. Which ones a post is parsed
 * with follows its generator's defaults, or {@code markdown.extensions} in the config. Bare web
 * addresses (GFM autolinks, goldmark's linkify) are not one of them: they are read from the text
 * wherever the generator makes them links.
 */
public enum MarkdownExtension {
    TABLES("tables", TablesExtension::create),
    STRIKETHROUGH("strikethrough", StrikethroughExtension::create),
    TASK_LISTS("taskLists", TaskListExtension::create),
    FOOTNOTES("footnotes", FootnoteExtension::create),
    DEFINITION_LISTS("definitionLists", DefinitionExtension::create);

    private final String id;
    private final Supplier<Extension> flexmark;

    MarkdownExtension(String id, Supplier<Extension> flexmark) {
        this.id = id;
        this.flexmark = flexmark;
    }

    /** The name written in config, such as {@code taskLists}. */
    public String id() {
        return id;
    }

    Extension flexmark() {
        return flexmark.get();
    }

    /** What GitHub renders, and a folder of no generator is read as. */
    public static final Set<MarkdownExtension> GFM = Set.copyOf(EnumSet.of(TABLES, STRIKETHROUGH, TASK_LISTS, FOOTNOTES));

    public static Optional<MarkdownExtension> parse(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id) || e.id.toLowerCase(Locale.ROOT).equals(id))
                .findFirst();
    }
}
