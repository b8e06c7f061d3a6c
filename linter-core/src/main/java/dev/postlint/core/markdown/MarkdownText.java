package dev.postlint.core.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.regex.Pattern;

/** Text of Markdown nodes as a reader sees it: markup and backslash escapes removed. */
public final class MarkdownText {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MarkdownText() {
    }

    public static String plain(Node node) {
        String text = new TextCollectingVisitor().collectAndGetText(node);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
