package dev.postlint.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template syntax in a post's body, which the generator replaces before readers see the page: Liquid
 * ({@code {% tag %}}, {@code {{ value }}}), Hugo shortcodes ({@code {{< name >}}}, {@code {{% name %}}})
 * and Zola's ({@code {{ name(...) }}}, {@code {% name(...) %}...{% end %}}), and Jinja comments. Each
 * tag is masked, character for character, with {@link #MASK}, so the Markdown parser never reads it as
 * content while every offset after it stays the same. The Markdown between a block tag and its end tag
 * stays content ({@code {{% note %}}...{{% /note %}}}, Zola's {@code {% note() %}...{% end %}}), and so
 * does the text inside {@code {% raw %}...{% endraw %}}; but Hugo hands the inside of
 * {@code {{< name >}}...{{< /name >}}} to the shortcode unrendered (often as code), so that is masked too.
 */
public final class TemplateSyntax {
    /** A private-use character: no letter, no space, no Markdown syntax. */
    public static final char MASK = '\uE000';

    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern HUGO_NAME = Pattern.compile("^\\{\\{<\\s*(/?)([\\w./-]+)");
    /** Any Hugo {@code {{< >}}} tag: closing slash, name, self-closing slash. */
    private static final Pattern HUGO_TAG = Pattern.compile("\\{\\{<\\s*(/?)([\\w./-]+)[^>]*?(/?)>}}");
    /** An image a shortcode shows from a literal path: Hugo's figure and img, Zola's resize_image. */
    private static final Pattern SHORTCODE_IMAGE = Pattern.compile(
            "^\\{\\{[<%]\\s*(?:figure|img|image)\\b.*?\\bsrc\\s*=\\s*\"([^\"]*)\"|"
                    + "^\\{\\{-?\\s*resize_image\\s*\\(.*?\\bpath\\s*=\\s*\"([^\"]*)\"", Pattern.DOTALL);

    /** An image path written in a template tag ({@code @/} before a Zola content path), and where it starts in the file. */
    public record TemplateImage(String src, int offset) {
    }

    private final String masked;
    private final List<TemplateImage> images;

    private TemplateSyntax(String masked, List<TemplateImage> images) {
        this.masked = masked;
        this.images = List.copyOf(images);
    }

    /** Masks the template syntax of {@code text} from offset {@code from} on. */
    public static TemplateSyntax of(String text, int from) {
        if (text.indexOf("{{", from) < 0 && text.indexOf("{%", from) < 0 && text.indexOf("{#", from) < 0) {
            return new TemplateSyntax(text, List.of());
        }
        char[] out = text.toCharArray();
        List<TemplateImage> images = new ArrayList<>();
        int i = from;
        while (i < text.length() - 1) {
            if (text.charAt(i) != '{') {
                i++;
                continue;
            }
            int end = tagEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            String tag = text.substring(i, end);
            Matcher image = SHORTCODE_IMAGE.matcher(tag);
            if (image.find()) {
                // Zola takes resize_image's path from the content folder, which @/ names in Zola's links.
                int group = image.group(1) != null ? 1 : 2;
                String src = group == 1 ? image.group(1) : "@/" + image.group(2);
                images.add(new TemplateImage(src, i + image.start(group)));
            }
            int pairEnd = hugoPairEnd(text, tag, end);
            if (pairEnd > end) {
                mask(out, i, pairEnd);
                i = pairEnd;
                continue;
            }
            mask(out, i, end);
            if (tag.matches("\\{%-?\\s*raw\\s*-?%}")) {
                Matcher close = RAW_END.matcher(text);
                if (close.find(end)) {
                    mask(out, close.start(), close.end());
                    i = close.end();
                    continue;
                }
            }
            i = end;
        }
        return new TemplateSyntax(new String(out), images);
    }

    /**
     * For an opening {@code {{< name >}}}, just after its closing {@code {{< /name >}}} (nested pairs of the
     * same name counted); otherwise {@code tagEnd}.
     */
    private static int hugoPairEnd(String text, String tag, int tagEnd) {
        Matcher name = HUGO_NAME.matcher(tag);
        if (!name.find() || !name.group(1).isEmpty() || tag.endsWith("/>}}")) {
            return tagEnd;
        }
        Matcher m = HUGO_TAG.matcher(text);
        int depth = 1;
        int from = tagEnd;
        while (m.find(from)) {
            from = m.end();
            if (!m.group(2).equals(name.group(2)) || m.group(3).equals("/")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                depth++;
            } else if (--depth == 0) {
                return m.end();
            }
        }
        return tagEnd;
    }

    /** Just after the tag that opens at {@code start}, or -1 when no tag opens there. */
    private static int tagEnd(String text, int start) {
        char second = text.charAt(start + 1);
        String close;
        if (text.startsWith("{{<", start)) {
            close = ">}}";
        } else if (text.startsWith("{{%", start)) {
            close = "%}}";
        } else if (second == '{') {
            close = "}}";
        } else if (second == '%') {
            close = "%}";
        } else if (second == '#') {
            close = "#}";
        } else {
            return -1;
        }
        int end = text.indexOf(close, start + 2);
        // A tag ends on its own line or a few lines on; an unclosed brace pair is text.
        if (end < 0 || text.substring(start, end).chars().filter(c -> c == '\n').count() > 20) {
            return -1;
        }
        return end + close.length();
    }

    private static void mask(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = MASK;
            }
        }
    }

    /** The text with every template tag masked. */
    public String masked() {
        return masked;
    }

    public List<TemplateImage> images() {
        return images;
    }

    /** Whether a piece of parsed text came from a template tag. */
    public static boolean isTemplate(String text) {
        return text.indexOf(MASK) >= 0;
    }

    /** Whether a link or image target, as written, is (partly) computed by a template. */
    public static boolean isTemplateTarget(String target) {
        return target.contains("{{") || target.contains("{%") || isTemplate(target);
    }
}
