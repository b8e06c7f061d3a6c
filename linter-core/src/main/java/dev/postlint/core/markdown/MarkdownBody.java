package dev.postlint.core.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.html.HtmlFragment;
import dev.postlint.core.html.HtmlIds;
import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown part of a post, parsed once with flexmark, with its HTML parsed by jsoup and the
 * headings and images that rules most often need. Node offsets are relative to the body; use
 * {@link #position(int)} or {@link #position(Node)} to get a line and column in the file.
 */
public final class MarkdownBody {
    private static final Map<Set<MarkdownExtension>, Parser> PARSERS = new java.util.concurrent.ConcurrentHashMap<>();
    /** A link reference definition's label at the start of a line, in a block quote or not. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^[ \\t]{0,3}(?:>[ \\t]?)*[ \\t]{0,3}\\[((?:[^\\]\\\\\\n]|\\\\.){1,999})]:");
    private static final Pattern BARE_URL = Pattern.compile("(?<![\\w/@.])(?:https?://|www\\.)[^\\s<>\"`]+");
    private static final Pattern INCLUDE_TAG = Pattern.compile("\\{%-?\\s*include");
    private static final Pattern MATH = Pattern.compile("\\\\\\[|\\\\\\(|\\$\\$");

    private final SourceText source;
    private final int offset;
    private final Document document;
    private final List<Node> nodes;
    private final List<HtmlFragment> html;
    private final List<HtmlComment> comments = new ArrayList<>();
    private final List<Heading> headings;
    private final List<ImageRef> images;
    private final List<Link> links;
    private List<Prose> prose;
    private List<Link> bareUrls;
    private Footnotes footnotes;

    public MarkdownBody(SourceText source, int offset, FrontMatter frontMatter, List<String> imageFields,
                        Set<MarkdownExtension> extensions) {
        this.source = source;
        this.offset = offset;
        TemplateSyntax templates = TemplateSyntax.of(source.text(), offset);
        String body = templates.masked().substring(offset);
        this.document = parserFor(extensions).parse(body);
        this.nodes = DocumentNodes.of(document);
        this.html = collectHtml();
        this.headings = HeadingExtractor.extract(nodes, this::position);
        List<ImageRef> found = new ArrayList<>(new ImageExtractor(body, this::position)
                .extract(frontMatter, imageFields, document, html));
        for (TemplateSyntax.TemplateImage image : templates.images()) {
            Position at = source.position(image.offset());
            found.add(new ImageRef(ImageRef.Kind.TEMPLATE, at, image.src(), at, Optional.empty(), Optional.empty(), at,
                    "shortcode", false));
        }
        found.sort(Comparator.comparing(ImageRef::srcPosition));
        this.images = found.stream().map(this::unmasked).toList();
        this.links = LinkExtractor.extract(document, nodes, html, this::position).stream().map(this::unmasked).toList();
    }

    /** One parser per set of extensions, made once: flexmark's parsers are safe to share between threads. */
    private static Parser parserFor(Set<MarkdownExtension> extensions) {
        return PARSERS.computeIfAbsent(Set.copyOf(extensions), set -> build(set, true));
    }

    /**
     * A parser for these extensions; {@code gated} puts {@link GatedBlockStart}'s factories and {@link GatedTables}
     * in the place of flexmark's own.
     */
    static Parser build(Set<MarkdownExtension> set, boolean gated) {
        com.vladsch.flexmark.util.data.MutableDataSet options = new com.vladsch.flexmark.util.data.MutableDataSet();
        options.set(Parser.EXTENSIONS, set.stream().sorted()
                .map(extension -> gated && extension == MarkdownExtension.TABLES ? new GatedTables() : extension.flexmark())
                .toList());
        // Tables as GitHub, goldmark and pulldown-cmark read them: one header row, no spans or captions.
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.COLUMN_SPANS, false);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.WITH_CAPTION, false);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(com.vladsch.flexmark.ext.tables.TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        List<com.vladsch.flexmark.parser.block.CustomBlockParserFactory> gates =
                gated ? GatedBlockStart.replaceCore(options) : List.of();
        // A custom inline parser turns flexmark's own reference-definition pass off: it is added back.
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(LinearInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory());
        gates.forEach(builder::customBlockParserFactory);
        return builder.build();
    }

    /** A link whose target holds template syntax gets its text as written, and points at a computed target's literal. */
    private Link unmasked(Link link) {
        if (!TemplateSyntax.isTemplate(link.url())) {
            return link;
        }
        int start = source.offset(link.urlPosition());
        String url = source.text().substring(start, Math.min(source.length(), start + link.url().length()));
        Position at = ComputedLink.parse(url).map(c -> source.position(start + c.offset())).orElse(link.urlPosition());
        return new Link(link.kind(), url, link.text(), link.position(), at);
    }

    private ImageRef unmasked(ImageRef image) {
        if (!TemplateSyntax.isTemplate(image.src())) {
            return image;
        }
        int start = source.offset(image.srcPosition());
        String src = source.text().substring(start, Math.min(source.length(), start + image.src().length()));
        return new ImageRef(image.kind(), image.position(), src, image.srcPosition(), image.alt(), image.srcset(),
                image.srcsetPosition(), image.origin(), image.decorative());
    }

    private List<HtmlFragment> collectHtml() {
        List<HtmlFragment> fragments = new ArrayList<>();
        Map<String, List<org.jsoup.nodes.Element>> parsedInline = new java.util.concurrent.ConcurrentHashMap<>();
        for (Node node : nodes) {
            if (node instanceof HtmlBlock) {
                fragments.add(new HtmlFragment(source, offset + node.getStartOffset(),
                        MarkdownText.string(node.getChars()), node));
            } else if (node instanceof HtmlInline) {
                fragments.add(new HtmlFragment(source, offset + node.getStartOffset(),
                        MarkdownText.string(node.getChars()), node, parsedInline));
            }
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                    || node instanceof HtmlInlineComment) {
                collectComments(node);
            }
        }
        return fragments;
    }

    private void collectComments(Node node) {
        BasedSequence chars = node.getChars();
        int open = chars.indexOf("<!--");
        while (open >= 0) {
            int close = chars.indexOf("-->", open + 4);
            if (close < 0) {
                return;
            }
            comments.add(new HtmlComment(chars.subSequence(open + 4, close).toString(),
                    offset + node.getStartOffset() + open + 4));
            open = chars.indexOf("<!--", close + 3);
        }
    }

    public Document document() {
        return document;
    }

    /** Offset of the body's first character in the file's text. */
    public int offset() {
        return offset;
    }

    public List<HtmlFragment> html() {
        return html;
    }

    /** The HTML comments of the body, in order; comments inside code are text, not comments. */
    public List<HtmlComment> comments() {
        return comments;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<ImageRef> images() {
        return images;
    }

    public List<Link> links() {
        return links;
    }

    /** The body's paragraphs as readers see them (no code, no markup), computed on first use. */
    public synchronized List<Prose> prose() {
        if (prose == null) {
            prose = Prose.extract(nodes, this::position);
        }
        return prose;
    }

    /**
     * Web addresses written bare in the text ({@code https://example.com/a}, {@code www.example.com}),
     * which GFM and goldmark's linkify show as links and CommonMark as text. Trailing punctuation is not
     * part of them, nor a closing parenthesis without its opening one, as in GFM's extended autolinks.
     */
    public synchronized List<Link> bareUrls() {
        if (bareUrls == null) {
            List<Link> found = new ArrayList<>();
            Set<Node> inAnchors = textAfterOpenAnchors();
            for (Node node : nodes) {
                String text = node instanceof com.vladsch.flexmark.ast.Text
                        ? MarkdownText.string(node.getChars()) : "";
                if (mayHoldAddress(text) && !insideLinkCodeOrHtml(node) && !inAnchors.contains(node)) {
                    Matcher m = BARE_URL.matcher(text);
                    while (m.find()) {
                        String url = trimAutolink(m.group());
                        if (url.indexOf(TemplateSyntax.MASK) < 0 && url.length() > "www.".length()) {
                            Position at = position(node.getStartOffset() + m.start());
                            found.add(new Link(Link.Kind.BARE, url.startsWith("www.") ? "http://" + url : url, url,
                                    at, at));
                        }
                    }
                }
            }
            bareUrls = List.copyOf(found);
        }
        return bareUrls;
    }

    private static boolean mayHoldAddress(String text) {
        return text.contains("://") || text.contains("www.");
    }

    /** Whether a text node is part of a link, image, code or raw HTML, where an address is no bare address. */
    private static boolean insideLinkCodeOrHtml(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof com.vladsch.flexmark.ast.Link || parent instanceof RefNode
                    || ImageExtractor.isImage(parent) || parent instanceof com.vladsch.flexmark.ast.Code
                    || parent instanceof com.vladsch.flexmark.ast.AutoLink
                    || parent instanceof com.vladsch.flexmark.ast.MailLink
                    || parent instanceof com.vladsch.flexmark.ast.CodeBlock
                    || parent instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                    || parent instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
                    || parent instanceof com.vladsch.flexmark.ast.Reference || parent instanceof HtmlBlock) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text nodes that follow an inline {@code <a ...>} tag of their paragraph that no {@code </a>} has
     * closed yet: each paragraph's children are read once, in order.
     */
    private Set<Node> textAfterOpenAnchors() {
        Set<Node> inside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (html.stream().noneMatch(fragment -> fragment.node() instanceof HtmlInline)) {
            return inside;
        }
        for (Node node : nodes) {
            if (node.getPrevious() != null) {
                continue;
            }
            boolean open = false;
            for (Node child = node; child != null; child = child.getNext()) {
                if (child instanceof HtmlInline html) {
                    String tag = MarkdownText.string(html.getChars()).toLowerCase(Locale.ROOT);
                    if (tag.startsWith("</a")) {
                        open = false;
                    } else if (tag.startsWith("<a ") || tag.startsWith("<a>")) {
                        open = true;
                    }
                } else if (open && child instanceof com.vladsch.flexmark.ast.Text) {
                    inside.add(child);
                }
            }
        }
        return inside;
    }

    /** GFM's end of an extended autolink: no trailing punctuation, no unbalanced closing parenthesis. */
    private static String trimAutolink(String url) {
        String u = url;
        while (true) {
            String before = u;
            u = u.replaceFirst("[?!.,:*_~'\"]+$", "").replaceFirst("&[a-zA-Z0-9]+;$", "");
            if (u.endsWith(")") && count(u, '(') < count(u, ')')) {
                u = u.substring(0, u.length() - 1);
            }
            if (u.equals(before)) {
                return u;
            }
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /**
     * Full and collapsed references whose label the post does not define, in document order. Labels
     * match as CommonMark matches them (case and runs of white space ignored); a definition counts
     * wherever CommonMark reads one, in block quotes too. None are judged in a post whose definitions a
     * template writes ({@code [#{{ issue }}]: ...} in a loop) or may include ({@code {% include %}}),
     * nor inside math that Hugo's passthrough or MathJax/KaTeX take as it is ({@code \[...\]}, {@code $$}).
     */
    public List<UndefinedReference> undefinedReferences() {
        boolean any = false;
        for (Node node : nodes) {
            any |= node instanceof RefNode ref && !ref.isDefined();
        }
        if (!any) {
            return List.of(); // most posts: no need to look for definitions flexmark missed
        }
        String body = MarkdownText.string(document.getChars());
        if (INCLUDE_TAG.matcher(source.text().substring(offset)).find()) {
            return List.of();
        }
        Set<String> labels = new HashSet<>();
        Matcher definition = DEFINITION.matcher(body);
        while (definition.find()) {
            if (definition.group(1).indexOf(TemplateSyntax.MASK) >= 0) {
                return List.of();
            }
            labels.add(normalizeLabel(definition.group(1)));
        }
        List<UndefinedReference> found = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof RefNode ref && !ref.isDefined() && !ref.getReference().isBlank()
                    && !labels.contains(normalizeLabel(ref.getReference().toString()))) {
                String written = MarkdownText.string(node.getChars());
                boolean collapsed = written.endsWith("[]");
                boolean full = !ref.getText().isEmpty() && !ref.isReferenceTextCombined();
                Node block = node.getAncestorOfType(Paragraph.class);
                boolean math = block != null && MATH.matcher(block.getChars()).find();
                if ((collapsed || full) && !math && written.indexOf(TemplateSyntax.MASK) < 0) {
                    found.add(new UndefinedReference(written, ref.getReference().toString(),
                            position(node.getStartOffset())));
                }
            }
        }
        return found;
    }

    static String normalizeLabel(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The terms of definition lists as Hugo's goldmark and PHP Markdown Extra write them: the parsed terms
     * where definition lists are read, and otherwise the lines of a paragraph that a line opening with
     * {@code ": "} follows, in the same paragraph or the next one.
     */
    public List<String> definitionTerms() {
        List<String> terms = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof com.vladsch.flexmark.ext.definition.DefinitionTerm term) {
                terms.add(MarkdownText.string(term.getChars()).strip());
                continue;
            }
            if (!(node instanceof Paragraph paragraph) || node.getParent() instanceof
                    com.vladsch.flexmark.ext.definition.DefinitionTerm) {
                continue;
            }
            String[] lines = MarkdownText.string(paragraph.getChars()).split("\\R");
            int definition = -1;
            for (int i = 1; i < lines.length && definition < 0; i++) {
                definition = lines[i].startsWith(": ") ? i : -1;
            }
            if (definition < 0 && node.getNext() instanceof Paragraph next && next.getChars().startsWith(": ")) {
                definition = lines.length;
            }
            for (int i = 0; i < definition; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith(": ")) {
                    terms.add(lines[i].strip());
                }
            }
        }
        return terms;
    }

    /** The footnote references ({@code [^label]}) and definitions ({@code [^label]: text}) of the body. */
    public synchronized Footnotes footnotes() {
        if (footnotes == null) {
            footnotes = findFootnotes();
        }
        return footnotes;
    }

    private Footnotes findFootnotes() {
        List<Footnotes.Mark> references = new ArrayList<>();
        List<Footnotes.Mark> definitions = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof com.vladsch.flexmark.ext.footnotes.Footnote ref) {
                references.add(new Footnotes.Mark(ref.getText().toString(), position(node.getStartOffset())));
            } else if (node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock block) {
                definitions.add(new Footnotes.Mark(block.getText().toString(), position(node.getStartOffset())));
            }
        }
        return new Footnotes(references, definitions);
    }

    /** Ids given to HTML elements in the body ({@code id} and, for {@code <a>}, {@code name}). */
    public List<String> htmlIds() {
        List<String> ids = new ArrayList<>();
        for (HtmlFragment fragment : html) {
            HtmlIds.collect(fragment.elements(), ids);
        }
        return ids;
    }

    /** Line and column in the file of an offset inside the body. */
    public Position position(int bodyOffset) {
        return source.position(offset + bodyOffset);
    }

    public Position position(Node node) {
        return position(node.getStartOffset());
    }
}
