package dev.postlint.core.site;

import dev.postlint.core.Post;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a Markdown file of the site that the run did not check, as the run reads the ones it does. */
@FunctionalInterface
public interface PostReader {
    Post read(Path file) throws IOException;
}
