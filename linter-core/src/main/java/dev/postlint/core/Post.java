package dev.postlint.core;

import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.markdown.MarkdownBody;
import dev.postlint.core.source.DecodedFile;
import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One Markdown file, read and parsed once: its text, front matter with positions, and Markdown
 * body. Rules read this model; they never parse the file themselves.
 */
public final class Post implements PostSource {
    private final String path;
    private final Path file;
    private final DecodedFile decoded;
    private final FrontMatter frontMatter;
    private final MarkdownBody body;

    Post(String path, Path file, DecodedFile decoded, FrontMatter frontMatter, MarkdownBody body) {
        this.path = path;
        this.file = file;
        this.decoded = decoded;
        this.frontMatter = frontMatter;
        this.body = body;
    }

    @Override
    public String path() {
        return path;
    }

    public Path file() {
        return file;
    }

    /** The file name without folders, e.g. {@code 2021-03-29-my-post.md}. */
    public String fileName() {
        Path name = file.getFileName();
        return name == null ? path : name.toString();
    }

    @Override
    public Optional<String> line(int number) {
        SourceText text = decoded.source();
        return number >= 1 && number <= text.lineCount() ? Optional.of(text.line(number)) : Optional.empty();
    }

    public SourceText source() {
        return decoded.source();
    }

    public boolean hadByteOrderMark() {
        return decoded.hadBom();
    }

    /** Where the first byte that is not valid UTF-8 sits, if any. */
    public Optional<Position> firstInvalidByte() {
        return decoded.firstMalformed();
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    public MarkdownBody body() {
        return body;
    }
}
