package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;

/**
 * Something wrong with the front matter as YAML, and where. A fatal problem means no values could
 * be read at all; a duplicate key is not fatal.
 */
public record FrontMatterProblem(Position position, String message, boolean fatal) {
}
