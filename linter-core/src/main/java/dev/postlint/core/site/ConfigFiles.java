package dev.postlint.core.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a generator's configuration file, TOML, YAML or JSON by its extension, into plain maps, lists
 * and values. A file that is missing or cannot be parsed gives nothing: postlint then works without it.
 */
final class ConfigFiles {
    private static final List<String> EXTENSIONS = List.of("toml", "yaml", "yml", "json");

    private ConfigFiles() {
    }

    /** The first of {@code base.toml}, {@code base.yaml}, {@code base.yml} and {@code base.json} that exists in dir. */
    static Optional<Path> find(Path dir, String base) {
        for (String ext : EXTENSIONS) {
            Path file = dir.resolve(base + "." + ext);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    static boolean isConfigFile(Path file) {
        String name = file.getFileName().toString();
        return EXTENSIONS.stream().anyMatch(ext -> name.endsWith("." + ext));
    }

    static Optional<Map<String, Object>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            Object loaded;
            if (name.endsWith(".toml")) {
                TomlParseResult toml = Toml.parse(dev.postlint.core.io.BoundedFiles.readString(file));
                loaded = toml.hasErrors() ? null : toml.toMap();
            } else if (name.endsWith(".json")) {
                loaded = new ObjectMapper().readValue(dev.postlint.core.io.BoundedFiles.read(file), Map.class);
            } else {
                loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(
                        dev.postlint.core.io.BoundedFiles.readString(file));
            }
            return loaded instanceof Map<?, ?> map ? Optional.of(stringKeys(map, false)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The map with every key, at every depth, in lower case: Hugo's configuration keys ignore case. */
    static Map<String, Object> lowerCaseKeys(Map<String, Object> map) {
        return stringKeys(map, true);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map, boolean lower) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            out.put(lower ? key.toLowerCase(Locale.ROOT) : key, value(v, lower));
        });
        return out;
    }

    private static Object value(Object v, boolean lower) {
        if (v instanceof TomlTable table) {
            return stringKeys(table.toMap(), lower);
        }
        if (v instanceof TomlArray array) {
            return value(array.toList(), lower);
        }
        if (v instanceof Map<?, ?> m) {
            return stringKeys(m, lower);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(item -> value(item, lower)).toList();
        }
        return v;
    }

    /** The value at a dotted path of nested maps, such as {@code markup.goldmark.parser}. */
    static Optional<Object> at(Map<String, Object> map, String dotted) {
        Object current = map;
        for (String key : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return Optional.empty();
            }
            current = m.get(key);
        }
        return Optional.ofNullable(current);
    }

    static Optional<String> text(Map<String, Object> map, String dotted) {
        return at(map, dotted).filter(v -> v instanceof String s && !s.isBlank()).map(v -> ((String) v).strip());
    }

    static Optional<Boolean> bool(Map<String, Object> map, String dotted) {
        return at(map, dotted).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> map, String dotted) {
        return at(map, dotted).filter(Map.class::isInstance).map(v -> (Map<String, Object>) v).orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String dotted) {
        return at(map, dotted).filter(List.class::isInstance).map(v -> (List<Object>) v).orElse(List.of());
    }
}
