package dev.postlint.core;

import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.frontmatter.FrontMatterReader;
import dev.postlint.core.markdown.MarkdownBody;
import dev.postlint.core.markdown.MarkdownExtension;
import dev.postlint.core.markdown.NestingDepth;
import dev.postlint.core.source.DecodedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a file's bytes into a {@link Post}. Bad content becomes part of the model; only a file nested
 * deeper or with a longer line than the limits allow is refused, with {@link BeyondLimit}, before the
 * Markdown parser sees it. Parsing runs on a {@link DeepStack} thread.
 */
public final class PostParser {
    /** Block nesting no real post comes near (they stay below 20), and that parsers handle in time. */
    public static final int DEFAULT_MAX_NESTING = 250;

    /** Longer than any line a person writes, and longer than a 1 MB line of minified HTML. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 2_000_000;

    /** The file is beyond a shape limit (nesting or line length); it is not parsed. */
    public static final class BeyondLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        BeyondLimit(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The first line where the limit is passed. */
        public int line() {
            return line;
        }
    }

    private final List<String> imageFields;
    private final int maxNesting;
    private final int maxLineLength;
    private final Function<Path, Set<MarkdownExtension>> extensions;

    /** A parser with the default limits that reads every file with GitHub's extensions. */
    public PostParser(List<String> imageFields) {
        this(imageFields, DEFAULT_MAX_NESTING, DEFAULT_MAX_LINE_LENGTH, file -> MarkdownExtension.GFM);
    }

    /** A parser that reads each file with the Markdown extensions {@code extensions} gives for its path. */
    public PostParser(List<String> imageFields, int maxNesting, int maxLineLength,
                      Function<Path, Set<MarkdownExtension>> extensions) {
        this.imageFields = List.copyOf(imageFields);
        this.maxNesting = maxNesting;
        this.maxLineLength = maxLineLength;
        this.extensions = extensions;
    }

    public Post parse(String displayPath, Path file, byte[] bytes) {
        return DeepStack.call(() -> parseHere(displayPath, file, bytes));
    }

    private Post parseHere(String displayPath, Path file, byte[] bytes) {
        DecodedFile decoded = DecodedFile.decode(bytes);
        NestingDepth.Shape shape = NestingDepth.of(decoded.source().text());
        if (shape.depth() > maxNesting) {
            throw new BeyondLimit(shape.line(), "This file nests block quotes, lists or indentation " + shape.depth()
                    + " levels deep, more than limits.maxNesting (" + maxNesting + ") allows; it was not checked.");
        }
        if (shape.longest() > maxLineLength) {
            throw new BeyondLimit(shape.longestLine(), "This line has " + shape.longest() + " characters, more than "
                    + "limits.maxLineLength (" + maxLineLength + ") allows; the file was not checked.");
        }
        FrontMatter frontMatter = FrontMatterReader.read(decoded.source());
        int bodyStart = frontMatter.block().closed() ? frontMatter.block().bodyStart() : 0;
        MarkdownBody body = new MarkdownBody(decoded.source(), bodyStart, frontMatter, imageFields,
                extensions.apply(file));
        return new Post(displayPath, file, decoded, frontMatter, body);
    }
}
