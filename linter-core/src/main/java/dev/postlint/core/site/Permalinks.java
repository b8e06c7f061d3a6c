package dev.postlint.core.site;

import dev.postlint.core.frontmatter.PostDate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a post's URL from a permalink pattern the way Jekyll and Hugo do: {@code :year}, {@code :month},
 * {@code :day}, {@code :title}, {@code :slug}, {@code :categories}, {@code :collection}, {@code :path} and
 * the rest. Jekyll's named styles ({@code pretty}, {@code date}, {@code ordinal}, {@code none}) are
 * accepted too.
 */
final class Permalinks {
    private static final Map<String, String> STYLES = Map.of(
            "pretty", "/:categories/:year/:month/:day/:title/",
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Pattern DATED_NAME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-(.*)$");

    private Permalinks() {
    }

    /** The file name without date prefix and extension: {@code 2021-03-29-my-post.md} gives {@code my-post}. */
    static String titleOf(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]+$", "");
        Matcher m = DATED_NAME.matcher(base);
        return m.matches() ? m.group(1) : base;
    }

    static String expand(String pattern, UrlFields fm, String fileName, String collection, String pathInCollection) {
        String p = STYLES.getOrDefault(pattern, pattern);
        Optional<LocalDate> date = fm.date().flatMap(PostDate::parse).or(() -> PostDate.fromFileName(fileName));
        String title = titleOf(fileName);
        String slug = fm.slug().filter(s -> !s.isBlank()).orElse(title);
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(p);
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> date.map(d -> String.valueOf(d.getYear())).orElse("");
                case "short_year" -> date.map(d -> ZeroPadded.of(d.getYear() % 100, 2)).orElse("");
                case "month" -> date.map(d -> ZeroPadded.of(d.getMonthValue(), 2)).orElse("");
                case "i_month" -> date.map(d -> String.valueOf(d.getMonthValue())).orElse("");
                case "day" -> date.map(d -> ZeroPadded.of(d.getDayOfMonth(), 2)).orElse("");
                case "i_day" -> date.map(d -> String.valueOf(d.getDayOfMonth())).orElse("");
                case "y_day" -> date.map(d -> ZeroPadded.of(d.getDayOfYear(), 3)).orElse("");
                case "title" -> title;
                case "slug" -> slug;
                case "name", "basename", "filename", "contentbasename" -> title;
                case "categories", "slugified_categories", "section" -> categories(fm);
                case "collection" -> collection;
                case "path" -> pathInCollection;
                case "output_ext" -> ".html";
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replaceAll("/{2,}", "/");
    }

    private static String categories(UrlFields fm) {
        return String.join("/", fm.categories().stream().filter(n -> !n.isBlank()).map(n -> n.toLowerCase(Locale.ROOT))
                .toList());
    }
}
