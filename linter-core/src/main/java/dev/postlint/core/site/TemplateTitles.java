package dev.postlint.core.site;

import dev.postlint.core.io.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many characters a site's templates add around a page's title in its {@code <title>}: zola-docs
 * serves "Pages and sections" as "Pages and sections | Zola". Read from the templates the site holds;
 * unknown when the template that writes {@code <title>} is not among them (a theme fetched as a module).
 */
final class TemplateTitles {
    private static final Pattern ZOLA_BLOCK = Pattern.compile("\\{%-?\\s*block\\s+title\\s*-?%}(.*?)\\{%-?\\s*endblock",
            Pattern.DOTALL);
    private static final Pattern PAGE_TITLE = Pattern.compile("\\{\\{-?\\s*page\\.title\\s*-?}}");
    private static final Pattern SUPER = Pattern.compile("\\{\\{-?\\s*super\\(\\)\\s*-?}}");
    private static final Pattern CONFIG_TITLE = Pattern.compile("\\{\\{-?\\s*config\\.title\\s*-?}}");
    private static final Pattern HTML_TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern OWN_TITLE = Pattern.compile("\\b(?:page|section)\\.title\\b");
    private static final Pattern USES = Pattern.compile("\\{%-?\\s*(?:extends|include|import)\\s+[\"']([^\"']+)[\"']");
    private static final Pattern HUGO_TITLE_ONLY = Pattern.compile("\\s*\\{\\{-?\\s*\\.Title\\s*-?}}\\s*");

    private TemplateTitles() {
    }

    /**
     * The texts of a Zola site's templates by their names ({@code shortcodes/note.html}), its own and its
     * theme's, read once for every question about them; a site's template hides the theme's of that name.
     */
    static Map<String, String> zolaTemplates(Path root, String theme) {
        Map<String, String> templates = new LinkedHashMap<>(texts(root.resolve("templates")));
        if (!theme.isEmpty()) {
            texts(root.resolve("themes").resolve(theme).resolve("templates")).forEach(templates::putIfAbsent);
        }
        return templates;
    }

    /**
     * The Zola templates that write a page's {@code <title>} without the page's or section's own title
     * ({@code {% block title %}Themes | {{ super() }}{% endblock %}}): neither they nor any template they extend,
     * include or import names {@code page.title} or {@code section.title}, and one of them writes {@code <title>}.
     */
    static Set<String> zolaOwnTitles(Map<String, String> templates) {
        Set<String> own = new TreeSet<>();
        for (String name : templates.keySet()) {
            List<String> used = new ArrayList<>();
            if (collectUsed(name, templates, new HashSet<>(), used)
                    && used.stream().anyMatch(t -> t.contains("<title"))
                    && used.stream().noneMatch(t -> OWN_TITLE.matcher(t).find())) {
                own.add(name);
            }
        }
        return own;
    }

    /** Adds the texts of a template and those it uses to {@code used}; false when one of them is not in the site. */
    private static boolean collectUsed(String name, Map<String, String> templates, Set<String> seen, List<String> used) {
        if (!seen.add(name)) {
            return true;
        }
        String text = templates.get(name);
        if (text == null) {
            return false;
        }
        used.add(text);
        Matcher m = USES.matcher(text);
        while (m.find()) {
            if (!collectUsed(m.group(1), templates, seen, used)) {
                return false;
            }
        }
        return true;
    }

    /** The least a Zola site's {@code block title} adds to {@code page.title}, {@code super()} and {@code config.title} resolved. */
    static OptionalInt zola(Collection<String> templates, String configTitle) {
        List<String> blocks = new ArrayList<>();
        for (String text : templates) {
            Matcher m = ZOLA_BLOCK.matcher(text);
            while (m.find()) {
                blocks.add(m.group(1));
            }
        }
        String base = blocks.stream().filter(b -> !SUPER.matcher(b).find() && !PAGE_TITLE.matcher(b).find())
                .findFirst().orElse("");
        OptionalInt least = OptionalInt.empty();
        for (String block : blocks) {
            if (!PAGE_TITLE.matcher(block).find()) {
                continue;
            }
            String served = PAGE_TITLE.matcher(SUPER.matcher(block).replaceAll(Matcher.quoteReplacement(base)))
                    .replaceAll("\u0000");
            served = CONFIG_TITLE.matcher(served).replaceAll(Matcher.quoteReplacement(configTitle));
            if (served.contains("{{") || served.contains("{%")) {
                continue; // something this reading cannot evaluate
            }
            int added = served.replaceAll("\\s+", " ").strip().length() - 1;
            least = OptionalInt.of(least.isEmpty() ? added : Math.min(least.getAsInt(), added));
        }
        return least;
    }

    /** 0 when a Hugo site's own layouts write {@code <title>{{ .Title }}</title>}; unknown otherwise. */
    static OptionalInt hugo(Path root) {
        List<String> titles = new ArrayList<>();
        texts(root.resolve("layouts")).values().forEach(text -> {
            Matcher m = HTML_TITLE.matcher(text);
            while (m.find()) {
                titles.add(m.group(1));
            }
        });
        return !titles.isEmpty() && titles.stream().allMatch(t -> HUGO_TITLE_ONLY.matcher(t).matches())
                ? OptionalInt.of(0) : OptionalInt.empty();
    }

    /** The texts of the files below a folder, by their paths relative to it with '/' between names. */
    private static Map<String, String> texts(Path dir) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (Files.isDirectory(dir)) {
            FileTree.walk(dir, d -> true, file -> {
                try {
                    texts.put(dir.relativize(file).toString().replace('\\', '/'), new String(
                            dev.postlint.core.io.BoundedFiles.read(file, 1_000_000), StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    // An unreadable template tells nothing.
                }
            });
        }
        return texts;
    }
}
