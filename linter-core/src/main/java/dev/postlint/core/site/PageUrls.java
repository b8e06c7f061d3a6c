package dev.postlint.core.site;

import dev.postlint.core.frontmatter.PostDate;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL paths Hugo and Zola serve a content file at, one per language it is a page of: from its
 * place in the content tree, its front matter ({@code url}, {@code slug}, Zola's {@code path}) and the
 * site's permalink patterns, written the way the generator writes paths.
 */
final class PageUrls {
    private static final Pattern TOKEN = Pattern.compile(":([a-z]+)(\\[(-?\\d*)(:?)(-?\\d*)])?");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:]+)?[-_]");

    private PageUrls() {
    }

    /** Whether a content file is a section's own page ({@code _index.md}). */
    static boolean isSection(String contentPath) {
        return baseName(contentPath).equals("_index");
    }

    static List<String> of(Generator generator, ContentLayout layout, ContentLayout.ContentFile file, UrlFields fm) {
        String path = file.path().replaceFirst("\\.[^./]+$", "");
        Optional<String> suffix = layout.languageSuffix(file.path());
        if (suffix.isPresent()) {
            path = path.substring(0, path.length() - suffix.get().length() - 1);
        }
        int slash = path.lastIndexOf('/');
        List<String> dirs = slash < 0 ? List.of() : List.of(path.substring(0, slash).split("/"));
        String name = path.substring(slash + 1);
        String url = generator == Generator.ZOLA ? zola(layout, dirs, name, fm) : hugo(layout, dirs, name, fm);
        List<String> urls = new ArrayList<>();
        for (String language : file.languages()) {
            urls.add(fm.permalink().filter(u -> generator == Generator.HUGO).isPresent() ? url
                    : layout.languagePrefix(language) + url);
        }
        return urls;
    }

    private static String hugo(ContentLayout layout, List<String> dirs, String name, UrlFields fm) {
        if (fm.permalink().isPresent()) {
            String url = fm.permalink().get();
            return url.startsWith("/") ? url : "/" + url;
        }
        boolean section = name.equals("_index");
        boolean bundle = name.equals("index");
        String top = dirs.isEmpty() ? "" : dirs.get(0);
        String pattern = (section ? layout.sectionPermalinks() : layout.pagePermalinks()).get(top);
        List<String> segments = new ArrayList<>(dirs);
        String fileName = bundle && !dirs.isEmpty() ? dirs.get(dirs.size() - 1) : name;
        if (pattern != null && !(section && dirs.isEmpty())) {
            List<String> sectionDirs = bundle || section ? dirs.subList(0, Math.max(0, dirs.size() - 1)) : dirs;
            return written(layout.paths(), hugoPattern(pattern, section ? dirs : sectionDirs, fileName, fm));
        }
        if (!section) {
            if (bundle && !segments.isEmpty()) {
                segments.remove(segments.size() - 1);
            }
            segments.add(fm.slug().filter(s -> !s.isBlank()).map(String::strip).orElse(fileName));
        }
        return written(layout.paths(), "/" + String.join("/", segments) + "/");
    }

    private static String zola(ContentLayout layout, List<String> dirs, String name, UrlFields fm) {
        if (fm.permalink().isPresent()) {
            return fm.permalink().get();
        }
        List<String> segments = new ArrayList<>(dirs);
        boolean section = name.equals("_index");
        if (!section) {
            String slug;
            if (name.equals("index") && !segments.isEmpty()) {
                slug = segments.remove(segments.size() - 1);
            } else {
                slug = name;
            }
            slug = DATE_PREFIX.matcher(slug).replaceFirst("");
            segments.add(fm.slug().filter(s -> !s.isBlank()).map(String::strip).orElse(slug));
        }
        return written(layout.paths(), "/" + String.join("/", segments) + "/");
    }

    private static String written(PathStyle style, String path) {
        return style.applyToPath(path).replaceAll("/{2,}", "/");
    }

    /** Expands Hugo's permalink tokens ({@code :year}, {@code :slug}, {@code :sections[1:]}, ...). */
    private static String hugoPattern(String pattern, List<String> sections, String fileName, UrlFields fm) {
        Optional<LocalDate> date = fm.date().flatMap(PostDate::parse);
        String title = fm.title().map(PageUrls::urlize).orElse("");
        String slug = fm.slug().filter(s -> !s.isBlank()).map(String::strip).orElse(title);
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> date.map(d -> String.valueOf(d.getYear())).orElse("");
                case "month" -> date.map(d -> ZeroPadded.of(d.getMonthValue(), 2)).orElse("");
                case "monthname" -> date.map(d -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT)).orElse("");
                case "day" -> date.map(d -> ZeroPadded.of(d.getDayOfMonth(), 2)).orElse("");
                case "yearday" -> date.map(d -> String.valueOf(d.getDayOfYear())).orElse("");
                case "title" -> title;
                case "slug" -> slug;
                case "filename", "contentbasename" -> fileName;
                case "slugorfilename", "slugorcontentbasename" -> fm.slug().filter(s -> !s.isBlank()).orElse(fileName);
                case "section" -> sections.isEmpty() ? "" : sections.get(0);
                case "sections" -> String.join("/", slice(sections, m));
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String url = out.toString();
        return (url.startsWith("/") ? url : "/" + url).replaceAll("/{2,}", "/");
    }

    /** {@code :sections[1:]}, {@code [:2]}, {@code [last]}-free slices as Hugo's docs describe them. */
    private static List<String> slice(List<String> sections, Matcher m) {
        if (m.group(2) == null) {
            return sections;
        }
        int size = sections.size();
        int from = index(m.group(3), 0, size);
        if (m.group(4).isEmpty()) {
            return from < size ? List.of(sections.get(from)) : List.of();
        }
        int to = index(m.group(5), size, size);
        return from < to ? sections.subList(from, to) : List.of();
    }

    private static int index(String text, int fallback, int size) {
        if (text.isEmpty()) {
            return fallback;
        }
        int i;
        try {
            i = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
        return Math.max(0, Math.min(size, i < 0 ? size + i : i));
    }

    /** Hugo's urlize of a title: lower case, spaces '-', only letters, digits and '-', '_', '.' kept. */
    static String urlize(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-").replaceAll("[^\\p{L}\\p{N}._-]", "")
                .replaceAll("-{2,}", "-");
    }

    private static String baseName(String contentPath) {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
