package dev.postlint.core.links;

import dev.postlint.core.html.HtmlIds;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;


/** The ids a fetched web page offers as anchors, including GitHub's "user-content-" prefixed ones without it. */
final class PageAnchors {
    private static final String GITHUB_PREFIX = "user-content-";

    private PageAnchors() {
    }

    static Set<String> of(String html) {
        Set<String> anchors = new LinkedHashSet<>();
        HtmlIds.collect(Jsoup.parse(html).getAllElements(), anchors);
        for (String id : Set.copyOf(anchors)) {
            if (id.startsWith(GITHUB_PREFIX)) {
                anchors.add(id.substring(GITHUB_PREFIX.length()));
            }
        }
        return anchors;
    }
}
