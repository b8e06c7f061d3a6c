package dev.postlint.core;

import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.frontmatter.FrontMatterReader;
import dev.postlint.core.markdown.MarkdownBody;
import dev.postlint.core.markdown.NestingDepth;
import dev.postlint.core.source.DecodedFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a file's bytes into a {@link Post}. Bad content becomes part of the model; only a file nested
 * deeper than the limit is refused, with {@link TooDeeplyNested}, before the Markdown parser sees it.
 */
public final class PostParser {
    /** Block nesting no real post comes near (they stay below 20), and that parsers handle in time. */
    public static final int DEFAULT_MAX_NESTING = 250;

    /** The file's blocks nest deeper than the limit; it is not parsed. */
    public static final class TooDeeplyNested extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient NestingDepth.Deepest deepest;

        TooDeeplyNested(NestingDepth.Deepest deepest) {
            super("nested " + deepest.depth() + " levels deep at line " + deepest.line());
            this.deepest = deepest;
        }

        public int depth() {
            return deepest.depth();
        }

        public int line() {
            return deepest.line();
        }
    }

    private final List<String> imageFields;
    private final int maxNesting;

    public PostParser(List<String> imageFields) {
        this(imageFields, DEFAULT_MAX_NESTING);
    }

    public PostParser(List<String> imageFields, int maxNesting) {
        this.imageFields = List.copyOf(imageFields);
        this.maxNesting = maxNesting;
    }

    public Post parse(String displayPath, Path file, byte[] bytes) {
        DecodedFile decoded = DecodedFile.decode(bytes);
        NestingDepth.Deepest deepest = NestingDepth.of(decoded.source().text());
        if (deepest.depth() > maxNesting) {
            throw new TooDeeplyNested(deepest);
        }
        FrontMatter frontMatter = FrontMatterReader.read(decoded.source());
        int bodyStart = frontMatter.block().closed() ? frontMatter.block().bodyStart() : 0;
        MarkdownBody body = new MarkdownBody(decoded.source(), bodyStart, frontMatter, imageFields);
        return new Post(displayPath, file, decoded, frontMatter, body);
    }
}
