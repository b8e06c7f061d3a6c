package dev.postlint.core.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.postlint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Lists the body's headings in document order. */
final class HeadingExtractor {
    private HeadingExtractor() {
    }

    static List<Heading> extract(Document document, IntFunction<Position> bodyPosition) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                int textStart = h.getText().isNull() ? h.getStartOffset() : h.getText().getStartOffset();
                headings.add(new Heading(h.getLevel(), MarkdownText.plain(h),
                        bodyPosition.apply(h.getStartOffset()), bodyPosition.apply(textStart)));
            }
        }
        return headings;
    }
}
