package dev.postlint.core.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What postlint reads from a generator's own configuration file so users need not repeat it: the
 * site's public address (Jekyll's {@code url} and {@code baseurl}, Hugo's {@code baseURL}, Zola's
 * {@code base_url}) and what Jekyll excludes. A file that cannot be read gives nothing.
 */
public final class GeneratorConfig {
    private GeneratorConfig() {
    }

    /**
     * The settings for the site at {@code root}: what the postlint config says, completed from the
     * generator's own config where it says nothing (the base URL; Jekyll's permalink and collections).
     */
    public static SiteSettings complete(SiteSettings settings, Path root) {
        Generator generator = settings.generatorOf(root);
        SiteSettings.Builder completed = settings.toBuilder();
        Map<String, Object> config = generator == Generator.JEKYLL ? jekyllConfig(root) : Map.of();
        if (settings.baseUrl().isEmpty()) {
            completed.baseUrl(generator == Generator.JEKYLL ? jekyllBaseUrl(config) : baseUrl(root, generator));
        }
        if (generator == Generator.JEKYLL) {
            if (settings.permalink().equals(SiteSettings.DEFAULT_PERMALINK) && config.get("permalink") instanceof String p) {
                completed.permalink(p.strip());
            }
            if (settings.collections().isEmpty() && config.get("collections") instanceof Map<?, ?> collections) {
                completed.collections(jekyllCollections(collections));
            }
        }
        return completed.build();
    }

    /** Collections that Jekyll renders ({@code output: true}), with their permalink pattern or Jekyll's default. */
    private static Map<String, String> jekyllCollections(Map<?, ?> collections) {
        Map<String, String> rendered = new java.util.HashMap<>();
        collections.forEach((name, value) -> {
            if (name instanceof String n && value instanceof Map<?, ?> settings
                    && Boolean.TRUE.equals(settings.get("output"))) {
                rendered.put(n, settings.get("permalink") instanceof String p ? p.strip() : "/:collection/:path:output_ext");
            }
        });
        return rendered;
    }

    private static Map<String, Object> jekyllConfig(Path root) {
        try {
            return yaml(root, "_config.yml", "_config.yaml").orElse(Map.of());
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Jekyll's {@code exclude:} entries, paths or globs relative to the site's root, which Jekyll never renders. */
    public static List<String> jekyllExcludes(Path root) {
        try {
            Object exclude = yaml(root, "_config.yml", "_config.yaml").map(c -> c.get("exclude")).orElse(null);
            if (exclude instanceof List<?> list) {
                return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
            }
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Hugo's baseURL or Zola's base_url. */
    private static Optional<URI> baseUrl(Path root, Generator generator) {
        try {
            return switch (generator) {
                case HUGO -> hugoBaseUrl(root).flatMap(GeneratorConfig::uri);
                case ZOLA -> toml(root.resolve("config.toml")).flatMap(t -> Optional.ofNullable(t.getString("base_url")))
                        .flatMap(GeneratorConfig::uri);
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Jekyll's {@code url} with its {@code baseurl} path. */
    private static Optional<URI> jekyllBaseUrl(Map<String, Object> config) {
        return text(config.get("url")).map(url -> url.replaceAll("/+$", "") + text(config.get("baseurl"))
                .map(b -> "/" + b.replaceAll("^/+|/+$", "")).filter(b -> b.length() > 1).orElse(""))
                .flatMap(GeneratorConfig::uri);
    }

    private static Optional<String> hugoBaseUrl(Path root) throws IOException {
        for (String name : List.of("hugo.toml", "config.toml")) {
            Optional<TomlParseResult> toml = toml(root.resolve(name));
            if (toml.isPresent()) {
                return Optional.ofNullable(toml.get().getString("baseURL"))
                        .or(() -> Optional.ofNullable(toml.get().getString("baseurl")));
            }
        }
        Optional<Map<String, Object>> yaml = yaml(root, "hugo.yaml", "hugo.yml", "config.yaml", "config.yml");
        if (yaml.isPresent()) {
            return text(yaml.get().get("baseURL")).or(() -> text(yaml.get().get("baseurl")));
        }
        Path json = root.resolve("hugo.json");
        if (Files.isRegularFile(json)) {
            JsonNode node = new ObjectMapper().readTree(json.toFile()).get("baseURL");
            return node == null || !node.isTextual() ? Optional.empty() : Optional.of(node.asText());
        }
        return Optional.empty();
    }

    private static Optional<TomlParseResult> toml(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        TomlParseResult result = Toml.parse(file);
        return result.hasErrors() ? Optional.empty() : Optional.of(result);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> yaml(Path root, String... names) throws IOException {
        for (String name : names) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    return loaded instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    private static Optional<URI> uri(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
