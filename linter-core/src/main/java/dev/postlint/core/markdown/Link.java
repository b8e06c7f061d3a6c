package dev.postlint.core.markdown;

import dev.postlint.core.source.Position;

/**
 * A link in the body: {@code [text](url)}, a reference link, an autolink {@code <https://...>}, an
 * HTML {@code <a href>}, or a bare web address that GFM and goldmark's linkify turn into a link. {@code url} is the destination as written; {@code urlPosition} is where it
 * starts in the file.
 */
public record Link(Kind kind, String url, String text, Position position, Position urlPosition) {
    public enum Kind {
        MARKDOWN, AUTOLINK, HTML, BARE
    }
}
