package dev.postlint.core.site;

import dev.postlint.core.io.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern HUGO_TITLE_ONLY = Pattern.compile("\\s*\\{\\{-?\\s*\\.Title\\s*-?}}\\s*");

    private TemplateTitles() {
    }

    /** The texts of a Zola site's templates, its own and its theme's, read once for every question about them. */
    static List<String> zolaTemplates(Path root, String theme) {
        List<String> texts = new ArrayList<>(texts(root.resolve("templates")));
        if (!theme.isEmpty()) {
            texts.addAll(texts(root.resolve("themes").resolve(theme).resolve("templates")));
        }
        return texts;
    }

    /** The least a Zola site's {@code block title} adds to {@code page.title}, {@code super()} and {@code config.title} resolved. */
    static OptionalInt zola(List<String> templates, String configTitle) {
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
        texts(root.resolve("layouts")).forEach(text -> {
            Matcher m = HTML_TITLE.matcher(text);
            while (m.find()) {
                titles.add(m.group(1));
            }
        });
        return !titles.isEmpty() && titles.stream().allMatch(t -> HUGO_TITLE_ONLY.matcher(t).matches())
                ? OptionalInt.of(0) : OptionalInt.empty();
    }

    private static List<String> texts(Path dir) {
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            FileTree.walk(dir, d -> true, file -> {
                try {
                    texts.add(new String(dev.postlint.core.io.BoundedFiles.read(file, 1_000_000),
                            StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    // An unreadable template tells nothing.
                }
            });
        }
        return texts;
    }
}
