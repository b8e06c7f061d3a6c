package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
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

    /** The text a browser shows for the heading: no image, HTML tag or comment, escapes and entities decoded. */
    private static String textContent(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef || child instanceof HtmlInline
                    || child instanceof HtmlInlineComment) {
                continue;
            }
            if (child instanceof Text || child instanceof HtmlEntity) {
                text.append(MarkdownText.unescaped(child.getChars()));
            } else if (child instanceof Code code) {
                text.append(code.getText());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child.hasChildren()) {
                text.append(textContent(child));
            } else {
                text.append(MarkdownText.unescaped(child.getChars()));
            }
        }
        return text.toString();
    }

    static List<Heading> extract(List<Node> nodes, IntFunction<Position> bodyPosition) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                int textStart = h.getText().isNull() ? h.getStartOffset() : h.getText().getStartOffset();
                String text = MarkdownText.plain(h);
                Matcher id = EXPLICIT_ID.matcher(text);
                Optional<String> explicitId = Optional.empty();
                if (id.find()) {
                    explicitId = Optional.of(id.group(1));
                    text = text.substring(0, id.start()).strip();
                } else if (h.getNext() instanceof Paragraph next) {
                    Matcher blockIal = BLOCK_IAL.matcher(MarkdownText.string(next.getChars()).strip());
                    if (blockIal.matches()) {
                        explicitId = Optional.of(blockIal.group(1));
                    }
                }
                String idText = textContent(h);
                Matcher idInText = EXPLICIT_ID.matcher(idText);
                if (explicitId.isPresent() && idInText.find()) {
                    idText = idText.substring(0, idInText.start());
                }
                headings.add(new Heading(h.getLevel(), text, bodyPosition.apply(h.getStartOffset()),
                        bodyPosition.apply(textStart), explicitId, idText));
            }
        }
        return headings;
    }
}
