package dev.postlint.core;

import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.frontmatter.FrontMatterReader;
import dev.postlint.core.markdown.MarkdownBody;
import dev.postlint.core.source.DecodedFile;
import java.nio.file.Path;
import java.util.List;

/** Turns a file's bytes into a {@link Post}. Never throws on bad content: problems become part of the model. */
public final class PostParser {
    private final List<String> imageFields;

    public PostParser(List<String> imageFields) {
        this.imageFields = List.copyOf(imageFields);
    }

    public Post parse(String displayPath, Path file, byte[] bytes) {
        DecodedFile decoded = DecodedFile.decode(bytes);
        FrontMatter frontMatter = FrontMatterReader.read(decoded.source());
        int bodyStart = frontMatter.block().closed() ? frontMatter.block().bodyStart() : 0;
        MarkdownBody body = new MarkdownBody(decoded.source(), bodyStart, frontMatter, imageFields);
        return new Post(displayPath, file, decoded, frontMatter, body);
    }
}
