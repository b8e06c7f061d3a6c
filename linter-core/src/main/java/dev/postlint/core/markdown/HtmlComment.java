package dev.postlint.core.markdown;

/** An HTML comment in a post's Markdown, outside code: its text between {@code <!--} and {@code -->}, and where that text starts in the file. */
public record HtmlComment(String text, int offset) {
}
