package dev.postlint.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Hugo's configuration as Hugo merges it: the root {@code hugo.*} (or {@code config.*}) file and the
 * files of {@code config/_default/}, where {@code hugo.*} holds top-level keys and any other file
 * {@code name.*} the value of key {@code name} ({@code params.yaml}, {@code languages.toml}, ...).
 * Keys are in lower case, as Hugo ignores their case.
 */
final class HugoConfig {
    /** Top-level keys only Hugo's config has; a {@code config.toml} with one of them belongs to a Hugo site. */
    private static final Set<String> HUGO_KEYS = Set.of("baseurl", "languagecode", "theme", "module", "params",
            "permalinks", "contentdir", "defaultcontentlanguage", "markup", "menu", "menus", "outputs",
            "disablekinds", "publishdir", "enablerobotstxt", "uglyurls", "disablepathtolower", "paginate",
            "pagination", "mediatypes", "outputformats", "enablegitinfo", "enableemoji", "relativeurls");

    private HugoConfig() {
    }

    /** Whether {@code dir} holds a Hugo site's configuration. */
    static boolean isHugoSite(Path dir) {
        if (ConfigFiles.find(dir, "hugo").isPresent() || hasConfigFiles(dir.resolve("config").resolve("_default"))) {
            return true;
        }
        return ConfigFiles.find(dir, "config").flatMap(ConfigFiles::read).map(ConfigFiles::lowerCaseKeys)
                .filter(c -> !c.containsKey("base_url")).filter(c -> c.keySet().stream().anyMatch(HUGO_KEYS::contains))
                .isPresent();
    }

    static Map<String, Object> read(Path root) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Path dir = root.resolve("config").resolve("_default");
        for (Path file : configFiles(dir)) {
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Optional<Map<String, Object>> values = ConfigFiles.read(file).map(ConfigFiles::lowerCaseKeys);
            if (values.isEmpty() || base.contains(".")) {
                continue;
            }
            if (base.equals("hugo") || base.equals("config")) {
                deepMerge(merged, values.get());
            } else {
                deepMerge(merged, Map.of(base.toLowerCase(java.util.Locale.ROOT), values.get()));
            }
        }
        ConfigFiles.find(root, "hugo").or(() -> ConfigFiles.find(root, "config")).flatMap(ConfigFiles::read)
                .map(ConfigFiles::lowerCaseKeys).ifPresent(values -> deepMerge(merged, values));
        return merged;
    }

    private static boolean hasConfigFiles(Path dir) {
        return !configFiles(dir).isEmpty();
    }

    private static List<Path> configFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(ConfigFiles::isConfigFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts {@code from} into {@code into}; where both hold a map the maps are merged, else from wins. */
    @SuppressWarnings("unchecked")
    private static void deepMerge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((key, value) -> {
            if (into.get(key) instanceof Map<?, ?> existing && value instanceof Map<?, ?> added) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                deepMerge(copy, (Map<String, Object>) added);
                into.put(key, copy);
            } else {
                into.put(key, value);
            }
        });
    }
}
