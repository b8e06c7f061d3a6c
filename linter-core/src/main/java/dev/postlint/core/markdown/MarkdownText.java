package dev.postlint.core.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/** Text of Markdown nodes as a reader sees it: markup and backslash escapes removed. */
public final class MarkdownText {
    private MarkdownText() {
    }

    public static String plain(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
    }
}
