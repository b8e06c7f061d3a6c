package dev.postlint.core.markdown;

import dev.postlint.core.source.Position;

/**
 * A heading of the body: its level (1 to 6), its text as a reader sees it (markup and escapes
 * removed), where the heading starts and where its text starts.
 */
public record Heading(int level, String text, Position position, Position textPosition) {
}
