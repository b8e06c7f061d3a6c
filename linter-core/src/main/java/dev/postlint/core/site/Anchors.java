package dev.postlint.core.site;

import dev.postlint.core.html.HtmlIds;
import dev.postlint.core.markdown.Heading;
import dev.postlint.core.markdown.MarkdownBody;
import dev.postlint.core.markdown.TemplateSyntax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The anchors a page offers: heading ids as the generator makes them, explicit {@code {#id}}s, HTML ids, footnotes. */
public final class Anchors {
    /**
     * Stands in the set for the ids of headings whose id the slug style cannot tell (see
     * {@link SlugStyle#knowsSlugOf}); no fragment can equal it.
     */
    public static final String UNKNOWN_SLUGS = "\0unknown";

    private Anchors() {
    }

    /**
     * Whether a link's fragment may name one of these anchors: one of them, or, where some ids are unknown
     * (only Zola's style leaves any), any fragment of the shape Zola's ids have.
     */
    public static boolean mayHold(Set<String> anchors, String fragment) {
        return anchors.contains(fragment) || anchors.contains(UNKNOWN_SLUGS) && SlugStyle.ZOLA.couldMake(fragment);
    }

    /** The anchors a reader can be pointed to instead: the known ones. */
    public static Set<String> known(Set<String> anchors) {
        if (!anchors.contains(UNKNOWN_SLUGS)) {
            return anchors;
        }
        Set<String> known = new LinkedHashSet<>(anchors);
        known.remove(UNKNOWN_SLUGS);
        return known;
    }

    public static Set<String> of(MarkdownBody body, SlugStyle style) {
        return of(body, style, false);
    }

    /** The anchors, with ids for definition-list terms as Hugo makes them with {@code autoDefinitionTermID}. */
    public static Set<String> of(MarkdownBody body, SlugStyle style, boolean definitionTermIds) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Heading h : body.headings()) {
            if (h.explicitId().isPresent()) {
                anchors.add(h.explicitId().get());
                continue;
            }
            // A shortcode in a heading (an icon, a parameter) adds no text to the id the generator makes.
            String mask = String.valueOf(TemplateSyntax.MASK);
            String text = h.idText().contains(mask) ? h.idText().replace(mask, "").strip() : h.idText();
            if (style.knowsSlugOf(text)) {
                add(style.slug(text), seen, anchors);
            } else {
                anchors.add(UNKNOWN_SLUGS);
            }
        }
        if (definitionTermIds) {
            body.definitionTerms().forEach(term -> add(style.slug(term), seen, anchors));
        }
        anchors.addAll(body.htmlIds());
        for (var definition : body.footnotes().definitions()) {
            anchors.addAll(footnoteIds(definition.label(), style));
        }
        return anchors;
    }

    /**
     * The ids a footnote's definition and first reference get: pulldown-cmark (Zola) uses the label
     * itself; kramdown, goldmark and the others {@code fn:label} and {@code fnref:label}.
     */
    private static List<String> footnoteIds(String label, SlugStyle style) {
        return style == SlugStyle.ZOLA || style == SlugStyle.ZOLA_SAFE ? List.of(label)
                : List.of("fn:" + label, "fnref:" + label);
    }

    /** Adds an id; a repeated one gets "-1", "-2", ... as goldmark and Zola number them. */
    private static void add(String slug, Map<String, Integer> seen, Set<String> anchors) {
        int n = seen.merge(slug, 1, Integer::sum);
        anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
    }

    public static Set<String> ofHtmlFile(Path file) throws IOException {
        Document doc = Jsoup.parse(dev.postlint.core.io.BoundedFiles.readString(file));
        Set<String> anchors = new LinkedHashSet<>();
        HtmlIds.collect(doc.getAllElements(), anchors);
        return anchors;
    }
}
