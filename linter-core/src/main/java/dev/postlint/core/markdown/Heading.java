package dev.postlint.core.markdown;

import dev.postlint.core.source.Position;
import java.util.Optional;

/**
 * A heading of the body: its level (1 to 6), its text as a reader sees it (markup, escapes and a
 * trailing {@code {#id}} attribute removed), where the heading starts, where its text starts, the id
 * given explicitly with {@code {#id}} (kramdown, Hugo), if any, and the text generators make its id
 * from: the rendered text content, where images and HTML tags and comments add nothing and spaces
 * stay as written ({@code a <!-- b --> c} gives "a  c").
 */
public record Heading(int level, String text, Position position, Position textPosition, Optional<String> explicitId,
                      String idText) {
    public Heading(int level, String text, Position position, Position textPosition) {
        this(level, text, position, textPosition, Optional.empty(), text);
    }
}
