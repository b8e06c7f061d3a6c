package dev.postlint.core.html;

import com.vladsch.flexmark.util.ast.Node;
import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * One piece of raw HTML inside the Markdown (an HTML block or an inline tag), parsed with jsoup.
 * Element and attribute positions map back to the original file.
 */
public final class HtmlFragment {
    private final int offset;
    private final String html;
    private List<Element> elements;
    private final Map<String, List<Element>> parsed;
    private final SourceText source;
    private final Node node;

    public HtmlFragment(SourceText source, int offset, String html, Node node) {
        this(source, offset, html, node, null);
    }

    /**
     * A fragment whose parse is shared with the fragments of the same text in {@code parsed}: element
     * positions are relative to the fragment, so 50,000 {@code <span>} tags need one parse, not 50,000.
     */
    public HtmlFragment(SourceText source, int offset, String html, Node node, Map<String, List<Element>> parsed) {
        this.parsed = parsed;
        this.source = source;
        this.node = node;
        this.offset = offset;
        this.html = html;
    }

    public String html() {
        return html;
    }

    /** The Markdown node this HTML came from: an HTML block, or one inline tag. */
    public Node node() {
        return node;
    }

    public Position start() {
        return source.position(offset);
    }

    /** Elements written in the source; the html, head and body elements jsoup adds are left out. */
    public synchronized List<Element> elements() {
        if (elements == null) {
            elements = !opensAnElement(html) ? List.of()
                    : parsed == null ? parse(html) : parsed.computeIfAbsent(html, HtmlFragment::parse);
        }
        return elements;
    }

    /** Parsed on first use, once: a closing tag alone, the most common inline fragment, needs no parser. */
    private static List<Element> parse(String html) {
        // A CR becomes a space so jsoup's offsets stay equal to ours on CRLF files.
        Document document = Jsoup.parse(html.replace('\r', ' '), "", Parser.htmlParser().setTrackPosition(true));
        return document.getAllElements().stream()
                .filter(e -> e.sourceRange().isTracked() && !e.sourceRange().isImplicit())
                .toList();
    }

    private static boolean opensAnElement(String html) {
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            if (Character.isLetter(html.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    public Position position(Element element) {
        Range range = element.sourceRange();
        return range.isTracked() ? source.position(offset + range.startPos()) : start();
    }

    /** Where an attribute's name starts, or the element's position when unknown. */
    public Position attributePosition(Element element, String name) {
        return attributeRange(element, name)
                .filter(r -> r.nameRange().isTracked())
                .map(r -> source.position(offset + r.nameRange().startPos()))
                .orElseGet(() -> position(element));
    }

    /** Where an attribute's value starts (inside the quotes), or the element's position when unknown. */
    public Position attributeValuePosition(Element element, String name) {
        return attributeRange(element, name)
                .filter(r -> r.valueRange().isTracked())
                .map(r -> source.position(offset + r.valueRange().startPos()))
                .orElseGet(() -> attributePosition(element, name));
    }

    private Optional<Range.AttributeRange> attributeRange(Element element, String name) {
        Attribute attribute = element.attribute(name);
        return attribute == null ? Optional.empty() : Optional.of(attribute.sourceRange());
    }
}
