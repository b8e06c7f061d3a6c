package dev.postlint.core.site;

import dev.postlint.core.frontmatter.FrontMatter;
import dev.postlint.core.frontmatter.FrontMatterValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few front-matter values that decide where a page is served: its date, slug and categories
 * for the permalink pattern, an explicit {@code permalink} or {@code url}, and the extra addresses
 * of {@code aliases} and {@code redirect_from}. Small enough to keep for every page of a site.
 */
public record UrlFields(Optional<String> title, Optional<String> date, Optional<String> slug, List<String> categories,
                        Optional<String> permalink, List<String> aliases, List<String> redirectFrom, boolean rendered,
                        Map<String, List<String>> terms) {
    public static final UrlFields NONE = new UrlFields(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), List.of(), List.of(), true, Map.of());

    public UrlFields {
        categories = List.copyOf(categories);
        aliases = List.copyOf(aliases);
        redirectFrom = List.copyOf(redirectFrom);
        terms = Map.copyOf(terms);
    }

    public static UrlFields of(FrontMatter fm) {
        List<String> categories = new ArrayList<>();
        for (String key : List.of("categories", "category")) {
            Optional<FrontMatterValue> value = fm.get(key);
            if (value.isPresent() && value.get().isSequence()) {
                value.get().items().forEach(item -> item.text().ifPresent(categories::add));
            } else {
                value.flatMap(FrontMatterValue::text).ifPresent(t -> categories.addAll(List.of(t.trim().split("\\s+"))));
            }
        }
        return new UrlFields(fm.text("title"), fm.text("date"), fm.text("slug"), categories,
                fm.text("permalink").or(() -> fm.text("url")).or(() -> zolaPath(fm)), texts(fm, "aliases"),
                texts(fm, "redirect_from"), rendered(fm), terms(fm));
    }

    /**
     * The lists of texts that may be taxonomy terms: top-level ones ({@code tags: [a, b]}, Hugo) and those
     * of a {@code taxonomies} table (Zola), by their key.
     */
    private static Map<String, List<String>> terms(FrontMatter fm) {
        Map<String, List<String>> terms = new HashMap<>();
        List<FrontMatterValue> candidates = new ArrayList<>(fm.entries());
        fm.get("taxonomies").ifPresent(t -> candidates.addAll(t.entries()));
        for (FrontMatterValue value : candidates) {
            if (value.isSequence() && !value.items().isEmpty()) {
                String key = value.key().substring(value.key().lastIndexOf('.') + 1);
                List<String> texts = value.items().stream().flatMap(i -> i.text().stream()).toList();
                if (texts.size() == value.items().size()) {
                    terms.merge(key, texts, (a, b) -> a);
                }
            }
        }
        return terms;
    }

    /**
     * Whether the generator renders the file as a page of its own: not when Hugo's {@code headless: true}
     * or {@code build.render} ({@code _build.render}) says never, nor when Zola's {@code render = false}, nor a
     * page that only redirects elsewhere ({@code redirect_to}, Zola's and jekyll-redirect-from's).
     */
    private static boolean rendered(FrontMatter fm) {
        if (fm.text("headless").filter("true"::equalsIgnoreCase).isPresent()
                || fm.text("render").filter("false"::equalsIgnoreCase).isPresent()
                || fm.get("redirect_to").isPresent()) {
            return false;
        }
        for (String key : List.of("build.render", "_build.render")) {
            Optional<String> render = fm.text(key).map(String::strip);
            if (render.filter(r -> r.equalsIgnoreCase("never") || r.equalsIgnoreCase("false")
                    || r.equalsIgnoreCase("link")).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Zola's {@code path = "about-us"}: the page's URL path, written without the leading slash. */
    private static Optional<String> zolaPath(FrontMatter fm) {
        return fm.text("path").map(p -> p.strip().replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .map(p -> "/" + p + "/");
    }

    /** A front-matter value that may be one text or a list of texts. */
    private static List<String> texts(FrontMatter fm, String key) {
        Optional<FrontMatterValue> value = fm.get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get().isSequence()) {
            return value.get().items().stream().flatMap(i -> i.text().stream()).toList();
        }
        return value.get().text().stream().toList();
    }
}
