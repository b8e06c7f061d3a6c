package dev.postlint.core.run;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to check: where it is, and the path to show the user (as they gave it); for a post read from
 * standard input, its content, with {@code path} saying where in the site it belongs.
 */
public record InputFile(String displayPath, Path path, Optional<byte[]> content) {
    public InputFile(String displayPath, Path path) {
        this(displayPath, path, Optional.empty());
    }
}
