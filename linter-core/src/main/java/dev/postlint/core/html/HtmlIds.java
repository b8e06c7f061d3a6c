package dev.postlint.core.html;

import java.util.Collection;
import org.jsoup.nodes.Element;

/** The anchors HTML elements offer: every {@code id}, and the {@code name} of {@code <a>} elements. */
public final class HtmlIds {
    private HtmlIds() {
    }

    public static void collect(Iterable<Element> elements, Collection<String> into) {
        for (Element e : elements) {
            if (!e.id().isEmpty()) {
                into.add(e.id());
            }
            if (e.normalName().equals("a") && e.hasAttr("name")) {
                into.add(e.attr("name"));
            }
        }
    }
}
