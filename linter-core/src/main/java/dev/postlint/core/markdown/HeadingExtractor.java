package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.postlint.core.source.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.IntFunction;

/** Lists the body's headings in document order. */
final class HeadingExtractor {
    /** {@code {#id}} or kramdown's {@code {: #id .class}} at the end of a heading. */
    /** kramdown's block attribute list on the line after a heading: {@code {: #id}}. */
    private static final Pattern BLOCK_IAL = Pattern.compile("\\{:\\s*#([\\w\\-.:]+)[^}\\n]*}");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{:?\\s*#([\\w\\-.:]+)[^}]*}\\s*$");

    private HeadingExtractor() {
    }

    static List<Heading> extract(Document document, IntFunction<Position> bodyPosition) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                int textStart = h.getText().isNull() ? h.getStartOffset() : h.getText().getStartOffset();
                String text = MarkdownText.plain(h);
                Matcher id = EXPLICIT_ID.matcher(text);
                Optional<String> explicitId = Optional.empty();
                if (id.find()) {
                    explicitId = Optional.of(id.group(1));
                    text = text.substring(0, id.start()).strip();
                } else if (h.getNext() instanceof Paragraph next) {
                    Matcher blockIal = BLOCK_IAL.matcher(next.getChars().toString().strip());
                    if (blockIal.matches()) {
                        explicitId = Optional.of(blockIal.group(1));
                    }
                }
                headings.add(new Heading(h.getLevel(), text, bodyPosition.apply(h.getStartOffset()),
                        bodyPosition.apply(textStart), explicitId));
            }
        }
        return headings;
    }
}
