package dev.postlint.core.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link target that a template computes from a literal, as written in a link destination or
 * {@code href}: Jekyll's {@code {% link path %}} and {@code {% post_url name %}}, Hugo's
 * {@code {{< ref "path" >}}} and {@code {{< relref "path#anchor" >}}}, and Zola's
 * {@code {{ get_url(path="@/path.md") }}}. {@code offset} is where the literal starts in the text.
 */
public record ComputedLink(Kind kind, String target, int offset) {
    public enum Kind {
        /** A source file relative to the site's root. */
        SOURCE_FILE,
        /** A Jekyll post by its file name without extension. */
        POST_NAME,
        /** A Hugo content file, relative to the page or to the content folder; may end in {@code #anchor}. */
        CONTENT_REF,
        /** A Zola content file after {@code @/}, relative to the content folder; may end in {@code #anchor}. */
        CONTENT_PATH
    }

    private static final Pattern JEKYLL = Pattern.compile("^\\{%-?\\s*(link|post_url)\\s+(\\S+?)\\s*-?%}$");
    private static final Pattern HUGO = Pattern.compile(
            "^\\{\\{[<%]\\s*(?:rel)?ref\\s+(?:\"([^\"]*)\"|([^\\s\"]+))\\s*[>%]}}$");
    private static final Pattern ZOLA = Pattern.compile("^\\{\\{-?\\s*get_url\\s*\\(\\s*path\\s*=\\s*\"@/([^\"]*)\".*\\)\\s*-?}}$");

    public static Optional<ComputedLink> parse(String url) {
        String text = url.strip();
        int lead = url.indexOf(text);
        Matcher m = JEKYLL.matcher(text);
        if (m.matches()) {
            Kind kind = m.group(1).equals("link") ? Kind.SOURCE_FILE : Kind.POST_NAME;
            return Optional.of(new ComputedLink(kind, m.group(2), lead + m.start(2)));
        }
        m = HUGO.matcher(text);
        if (m.matches()) {
            int group = m.group(1) != null ? 1 : 2;
            return Optional.of(new ComputedLink(Kind.CONTENT_REF, m.group(group), lead + m.start(group)));
        }
        m = ZOLA.matcher(text);
        if (m.matches()) {
            return Optional.of(new ComputedLink(Kind.CONTENT_PATH, m.group(1), lead + m.start(1)));
        }
        if (text.startsWith("@/")) {
            return Optional.of(new ComputedLink(Kind.CONTENT_PATH, text.substring(2), lead + 2));
        }
        return Optional.empty();
    }
}
