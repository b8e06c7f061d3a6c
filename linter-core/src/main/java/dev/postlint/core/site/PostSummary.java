package dev.postlint.core.site;

import dev.postlint.core.Post;
import dev.postlint.core.PostSource;
import dev.postlint.core.frontmatter.FrontMatterValue;
import dev.postlint.core.markdown.Link;
import dev.postlint.core.source.Position;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What cross-post rules need of a post, kept once the post itself is released: its title and
 * description, the fields that decide its URL, where its links and images point, its anchors, and the
 * lines those are on (packed together, so reports can quote them).
 */
public final class PostSummary implements PostSource {
    /** The front-matter texts kept for comparison across posts. */
    public static final List<String> COMPARED_FIELDS = List.of("title", "description");
    private static final int MAX_LINE = 400;
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\.([a-z]{2}(?:-[a-zA-Z]{2,4})?)\\.(?:md|markdown)$");
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("/content/([a-z]{2}(?:-[a-zA-Z]{2,4})?)/");

    /** A front-matter text and where its value starts. */
    public record Field(String text, Position start) {
    }

    private final String path;
    private final Path file;
    private final Map<String, Field> fields;
    private final UrlFields urlFields;
    private final PackedDetails details;
    private final Set<String> anchors;
    private final Optional<String> language;
    private final boolean page;

    PostSummary(String path, Path file, Map<String, Field> fields, UrlFields urlFields, PackedDetails details,
                Set<String> anchors, Optional<String> language, boolean page) {
        this.path = path;
        this.file = file;
        this.fields = Map.copyOf(fields);
        this.urlFields = urlFields;
        this.details = details;
        this.anchors = Set.copyOf(anchors);
        this.language = language;
        this.page = page;
    }

    public static PostSummary of(Post post, SlugStyle slugs) {
        return of(post, slugs, SiteSettings.defaults(), UrlFields.of(post.frontMatter()), true);
    }

    /**
     * The summary of a post whose site makes heading ids in {@code slugs} style, and definition-term ids and
     * links of bare addresses as its settings say; {@code urlFields} are the post's, read once by the caller,
     * and {@code page} says whether the generator renders it as a page of its own.
     */
    public static PostSummary of(Post post, SlugStyle slugs, SiteSettings site, UrlFields urlFields, boolean page) {
        Map<String, Field> fields = new HashMap<>();
        Map<Integer, String> lines = new HashMap<>();
        // A title the page's template does not show is no title readers or search engines compare.
        boolean titleShown = !site.templateOwnsTitle(post);
        for (String key : COMPARED_FIELDS) {
            if (key.equals("title") && !titleShown) {
                continue;
            }
            post.frontMatter().get(key).filter(FrontMatterValue::isString).ifPresent(v -> {
                fields.put(key, new Field(v.text().orElse(""), v.start()));
                keepLine(post, v.start().line(), lines);
            });
        }
        List<Link> links = post.body().links();
        if (site.linkify() && !post.body().bareUrls().isEmpty()) {
            links = new java.util.ArrayList<>(links);
            links.addAll(post.body().bareUrls());
            links.sort(java.util.Comparator.comparing(Link::position));
        }
        links.forEach(l -> keepLine(post, l.urlPosition().line(), lines));
        post.body().images().forEach(i -> keepLine(post, i.srcPosition().line(), lines));
        PackedDetails details = PackedDetails.of(
                links.stream().map(l -> new Reference(l.url(), l.urlPosition(), l.position())).toList(),
                post.body().images().stream().map(i -> new Reference(i.src(), i.srcPosition(), i.position())).toList(),
                lines);
        return new PostSummary(post.path(), post.file(), fields, urlFields, details,
                Anchors.of(post.body(), slugs, site.definitionTermIds()), language(post), page);
    }

    PackedDetails details() {
        return details;
    }

    /** This summary with its details kept elsewhere (see {@link SummarySpill}). */
    PostSummary withDetails(PackedDetails moved) {
        return new PostSummary(path, file, fields, urlFields, moved, anchors, language, page);
    }

    /** Whether the generator renders the post as a page of its own (not a headless snippet or a bundle's resource). */
    public boolean isPage() {
        return page;
    }

    /**
     * The language a post is a translation into, as multilingual Hugo and Zola sites mark it: a {@code lang}
     * or {@code language} field, a {@code name.fr.md} file name, or a {@code content/fr/} folder.
     */
    private static Optional<String> language(Post post) {
        Optional<String> field = post.frontMatter().text("lang").or(() -> post.frontMatter().text("language"));
        if (field.isPresent()) {
            return field.map(l -> l.strip().toLowerCase(java.util.Locale.ROOT));
        }
        Matcher suffix = LANGUAGE_SUFFIX.matcher(post.fileName());
        if (suffix.find()) {
            return Optional.of(suffix.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        Matcher folder = LANGUAGE_FOLDER.matcher(post.file().toAbsolutePath().normalize().toString().replace('\\', '/'));
        return folder.find() ? Optional.of(folder.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    private static void keepLine(Post post, int number, Map<Integer, String> lines) {
        if (lines.containsKey(number)) {
            return; // a line of 20,000 links is copied once, not 20,000 times
        }
        post.line(number).ifPresent(text -> lines.put(number, text.length() > MAX_LINE ? text.substring(0, MAX_LINE)
                : text));
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Optional<String> line(int number) {
        return details.line(number);
    }

    public Path file() {
        return file;
    }

    /** One of the {@link #COMPARED_FIELDS}, when the post has it as a text. */
    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The language of a translated page, when the site marks it; translations are not duplicates. */
    public Optional<String> language() {
        return language;
    }

    public UrlFields urlFields() {
        return urlFields;
    }

    /** Where the post's links point, as written. */
    public List<Reference> links() {
        return details.links();
    }

    /** The image paths of the post: Markdown, HTML and front-matter images. */
    public List<Reference> images() {
        return details.images();
    }

    /** The ids a link can point at with {@code #fragment}, as the generator makes them. */
    public Set<String> anchors() {
        return anchors;
    }
}
