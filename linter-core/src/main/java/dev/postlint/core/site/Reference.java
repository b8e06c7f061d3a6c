package dev.postlint.core.site;

import dev.postlint.core.source.Position;

/** A link or image target of a post, as written, and where the target starts in the file. */
public record Reference(String url, Position position) {
}
