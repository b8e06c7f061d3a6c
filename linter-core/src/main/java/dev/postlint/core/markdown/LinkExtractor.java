package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.postlint.core.html.HtmlFragment;
import dev.postlint.core.source.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Collects the body's links in document order: Markdown, reference, autolinks and HTML anchors. */
final class LinkExtractor {
    /** {@code [text](<destination> "title")}, not preceded by '!' (an image). */
    private static final Pattern ANGLE_LINK = Pattern.compile(
            "(?<!!)\\[([^\\]\\n]*)]\\(\\s*<([^<>\\n]*)>(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");

    private LinkExtractor() {
    }

    static List<Link> extract(Document document, List<Node> nodes, List<HtmlFragment> html,
                            IntFunction<Position> bodyPosition) {
        List<Link> links = new ArrayList<>();
        for (Node node : nodes) {
            if (insideImage(node)) {
                continue; // an image's description is its alt text: a link there is no link
            }
            if (node instanceof com.vladsch.flexmark.ast.Link link) {
                links.add(markdown(link.getUrl(), link, bodyPosition));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    links.add(markdown(target.getUrl(), ref, bodyPosition));
                }
            } else if (node instanceof AutoLink auto) {
                Position at = bodyPosition.apply(auto.getStartOffset());
                links.add(new Link(Link.Kind.AUTOLINK, auto.getUrl().toString(), auto.getText().toString(), at,
                        bodyPosition.apply(auto.getUrl().getStartOffset())));
            } else if (node instanceof MailLink mail) {
                links.add(new Link(Link.Kind.AUTOLINK, "mailto:" + mail.getText(), mail.getText().toString(),
                        bodyPosition.apply(mail.getStartOffset()), bodyPosition.apply(mail.getText().getStartOffset())));
            }
        }
        findAngleDestinationsWithSpaces(document, nodes, bodyPosition, links);
        for (HtmlFragment fragment : html) {
            for (Element a : fragment.elements()) {
                if (a.normalName().equals("a") && a.hasAttr("href")) {
                    String text = a.text().isEmpty() && fragment.node() instanceof HtmlInline
                            ? textUntilClosingTag(fragment.node()) : a.text();
                    links.add(new Link(Link.Kind.HTML, a.attr("href"), text, fragment.position(a),
                            fragment.attributeValuePosition(a, "href")));
                }
            }
        }
        links.sort(Comparator.comparing(Link::position));
        return links;
    }

    private static boolean insideImage(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (ImageExtractor.isImage(parent)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code [text](<a b.md>)}: CommonMark reads a destination in angle brackets with spaces as a link,
     * flexmark leaves it as text.
     */
    private static void findAngleDestinationsWithSpaces(Document document, List<Node> nodes,
                                                        IntFunction<Position> bodyPosition,
                                                        List<Link> links) {
        String body = MarkdownText.string(document.getChars());
        Occurrences angles = Occurrences.of(body, "](<");
        if (angles.none()) {
            return;
        }
        for (Node node : nodes) {
            if (!(node instanceof Paragraph || node instanceof com.vladsch.flexmark.ast.Heading)
                    || !angles.within(node.getStartOffset(), node.getEndOffset())) {
                continue;
            }
            int base = node.getStartOffset();
            StringBuilder masked = new StringBuilder(body.substring(base, node.getEndOffset()));
            ImageExtractor.maskParsedInlines(node, base, masked);
            Matcher m = ANGLE_LINK.matcher(masked);
            while (m.find()) {
                if (m.group(2).contains(" ")) {
                    links.add(new Link(Link.Kind.MARKDOWN, m.group(2), m.group(1).strip(),
                            bodyPosition.apply(base + m.start()), bodyPosition.apply(base + m.start(2))));
                }
            }
        }
    }

    /** An inline {@code <a>} tag is its own node; its text is what follows until {@code </a>}. */
    private static String textUntilClosingTag(Node opening) {
        StringBuilder text = new StringBuilder();
        for (Node n = opening.getNext(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline closing
                    && MarkdownText.string(closing.getChars()).toLowerCase(Locale.ROOT).startsWith("</a")) {
                break;
            }
            text.append(MarkdownText.plain(n)).append(n instanceof com.vladsch.flexmark.ast.Text ? "" : " ");
        }
        return MarkdownText.singleSpaced(text.toString()).strip();
    }

    /**
     * A Markdown link with its destination as CommonMark reads it (backslash escapes and entities
     * decoded) and the text readers see (emphasis, code and escapes removed; a shortcut reference's label).
     */
    private static Link markdown(BasedSequence url, Node node, IntFunction<Position> bodyPosition) {
        Position at = bodyPosition.apply(node.getStartOffset());
        Position urlAt = url.isNull() || url.isEmpty() ? at : bodyPosition.apply(url.getStartOffset());
        return new Link(Link.Kind.MARKDOWN, MarkdownText.unescaped(url), MarkdownText.plain(node), at, urlAt);
    }
}
