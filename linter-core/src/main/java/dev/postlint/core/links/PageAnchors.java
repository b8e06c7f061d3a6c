package dev.postlint.core.links;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The ids a fetched web page offers as anchors, including GitHub's "user-content-" prefixed ones without it. */
final class PageAnchors {
    private PageAnchors() {
    }

    static Set<String> of(String html) {
        Set<String> anchors = new LinkedHashSet<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            String id = e.id();
            if (!id.isEmpty()) {
                anchors.add(id);
                if (id.startsWith("user-content-")) {
                    anchors.add(id.substring("user-content-".length()));
                }
            }
            if (e.normalName().equals("a") && e.hasAttr("name")) {
                anchors.add(e.attr("name"));
            }
        }
        return anchors;
    }
}
