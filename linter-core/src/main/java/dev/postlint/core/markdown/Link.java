package dev.postlint.core.markdown;

import dev.postlint.core.source.Position;

/**
 * A link in the body: {@code [text](url)}, a reference link, an autolink {@code <https://...>} or an
 * HTML {@code <a href>}. {@code url} is the destination as written; {@code urlPosition} is where it
 * starts in the file.
 */
public record Link(Kind kind, String url, String text, Position position, Position urlPosition) {
    public enum Kind {
        MARKDOWN, AUTOLINK, HTML
    }
}
