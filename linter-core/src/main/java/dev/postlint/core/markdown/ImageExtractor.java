package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.html.HtmlFragment;
import dev.postlint.core.source.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Collects every image a post shows: Markdown, broken Markdown, HTML {@code <img>} and front-matter fields. */
final class ImageExtractor {
    /** {@code ![alt](path)} on one line, as left in plain text when CommonMark rejected it. */
    private static final Pattern UNPARSED_IMAGE = Pattern.compile("!\\[([^\\]\\n]*)]\\(([^()\\n]*)\\)");

    /** The part between the parentheses: {@code <path>} or a path, then an optional quoted title. */
    private static final Pattern DESTINATION = Pattern.compile(
            "\\s*(?:<([^<>]*)>|(.*?))(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*");

    private final String body;
    private final Occurrences imageMarks;
    private final IntFunction<Position> bodyPosition;

    ImageExtractor(String body, IntFunction<Position> bodyPosition) {
        this.body = body;
        this.imageMarks = Occurrences.of(body, "![");
        this.bodyPosition = bodyPosition;
    }

    List<ImageRef> extract(FrontMatter frontMatter, List<String> imageFields, Document markdown,
                           List<HtmlFragment> html) {
        List<ImageRef> images = new ArrayList<>();
        for (String field : imageFields) {
            frontMatter.get(field).ifPresent(v -> addFrontMatterImages(v, images));
        }
        List<ImageRef> body = new ArrayList<>();
        collectMarkdown(markdown, markdown, body);
        for (HtmlFragment fragment : html) {
            for (Element img : fragment.elements()) {
                if (img.normalName().equals("img")) {
                    body.add(htmlImage(fragment, img));
                }
            }
        }
        body.sort(Comparator.comparing(ImageRef::position));
        images.addAll(body);
        return images;
    }

    private static void addFrontMatterImages(FrontMatterValue value, List<ImageRef> images) {
        if (value.isSequence()) {
            value.items().forEach(item -> addFrontMatterImages(item, images));
        } else if (value.isString()) {
            String src = value.text().orElse("");
            if (!src.isBlank()) {
                Position at = value.contentStart();
                images.add(new ImageRef(ImageRef.Kind.FRONT_MATTER, at, src, at, Optional.empty(),
                        Optional.empty(), at, value.key(), false));
            }
        }
    }

    private void collectMarkdown(Document document, Node node, List<ImageRef> images) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                images.add(markdownImage(image.getUrl(), image));
            } else if (child instanceof com.vladsch.flexmark.ast.ImageRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    images.add(markdownImage(target.getUrl(), ref));
                }
            }
            if (child instanceof Paragraph || child instanceof com.vladsch.flexmark.ast.Heading) {
                findUnparsedImages(child, images);
            }
            // What an image's description holds is its alt text, never an image of its own.
            if (!isImage(child)) {
                collectMarkdown(document, child, images);
            }
        }
    }

    /**
     * A Markdown image: its source as CommonMark reads it (escapes decoded) and its alt text, the plain
     * text of its description; for {@code ![label][]} and {@code ![label]} that is the label.
     */
    private ImageRef markdownImage(BasedSequence url, Node image) {
        Position at = bodyPosition.apply(image.getStartOffset());
        Position srcAt = url.isNull() ? at : bodyPosition.apply(url.getStartOffset());
        return new ImageRef(ImageRef.Kind.MARKDOWN, at, MarkdownText.unescaped(url), srcAt,
                Optional.of(MarkdownText.plain(image)), Optional.empty(), srcAt, "markdown", false);
    }

    private void findUnparsedImages(Node block, List<ImageRef> images) {
        int base = block.getStartOffset();
        if (!imageMarks.within(base, block.getEndOffset())) {
            return;
        }
        StringBuilder masked = new StringBuilder(body.substring(base, block.getEndOffset()));
        maskParsedInlines(block, base, masked);
        Matcher m = UNPARSED_IMAGE.matcher(masked);
        while (m.find()) {
            int start = base + m.start();
            String alt = m.group(1).strip();
            Matcher dest = DESTINATION.matcher(m.group(2));
            if (!dest.matches()) {
                continue;
            }
            boolean angle = dest.group(1) != null;
            int srcStart = base + m.start(2) + (angle ? dest.start(1) : dest.start(2));
            String src = angle ? dest.group(1) : dest.group(2);
            // CommonMark 0.29 reads <a b.png> as an image even though flexmark does not.
            ImageRef.Kind kind = angle ? ImageRef.Kind.MARKDOWN : ImageRef.Kind.MARKDOWN_UNPARSED;
            images.add(new ImageRef(kind, bodyPosition.apply(start), src, bodyPosition.apply(srcStart),
                    Optional.of(alt), Optional.empty(), bodyPosition.apply(start), "markdown", false));
        }
    }

    /** Blanks what flexmark did read as inline syntax, so only text it left as text is searched. */
    static void maskParsedInlines(Node node, int base, StringBuilder masked) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isParsedInline(child) && !isAngleDestination(child)) {
                for (int i = child.getStartOffset(); i < child.getEndOffset(); i++) {
                    int at = i - base;
                    if (at >= 0 && at < masked.length() && masked.charAt(at) != '\n') {
                        masked.setCharAt(at, ' ');
                    }
                }
            } else {
                maskParsedInlines(child, base, masked);
            }
        }
    }

    static boolean isImage(Node node) {
        return node instanceof Image || node instanceof com.vladsch.flexmark.ast.ImageRef;
    }

    /** {@code <a b.png>} right after {@code ](}: a destination CommonMark reads, which flexmark took for an HTML tag. */
    private static boolean isAngleDestination(Node node) {
        int start = node.getStartOffset();
        return node instanceof HtmlInline && start >= 2
                && node.getChars().getBaseSequence().subSequence(start - 2, start).toString().equals("](");
    }

    /** Inline syntax flexmark did read; an undefined {@code [x]} reference is just text to a reader. */
    private static boolean isParsedInline(Node node) {
        if (node instanceof LinkRef ref) {
            return ref.isDefined();
        }
        if (node instanceof com.vladsch.flexmark.ast.ImageRef ref) {
            return ref.isDefined();
        }
        return node instanceof Code || node instanceof Image || node instanceof Link || node instanceof AutoLink
                || node instanceof MailLink || node instanceof HtmlInline;
    }

    private static ImageRef htmlImage(HtmlFragment fragment, Element img) {
        Position at = fragment.position(img);
        Optional<String> alt = img.hasAttr("alt") ? Optional.of(img.attr("alt").strip()) : Optional.empty();
        Optional<String> srcset = img.hasAttr("srcset") ? Optional.of(img.attr("srcset")) : Optional.empty();
        return new ImageRef(ImageRef.Kind.HTML, at, img.attr("src"), fragment.attributeValuePosition(img, "src"),
                alt, srcset, fragment.attributeValuePosition(img, "srcset"), "<img>", isDecorative(img));
    }

    private static boolean isDecorative(Element img) {
        String role = img.attr("role").strip();
        return img.attr("aria-hidden").strip().equalsIgnoreCase("true")
                || role.equalsIgnoreCase("presentation") || role.equalsIgnoreCase("none");
    }
}
