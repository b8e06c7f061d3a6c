package dev.postlint.core.config;

import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.site.SlugStyle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads the {@code site} section of the config. */
final class SiteSection {
    private static final String KNOWN = "root, static, baseUrl, permalink, collections, slugs, extraPaths and language";

    private SiteSection() {
    }

    static SiteSettings read(YamlNodes yaml, Node node, Path baseDir) throws ConfigException {
        SiteSettings d = SiteSettings.defaults();
        Optional<Path> root = d.root();
        List<String> staticDirs = d.staticDirs();
        Optional<URI> baseUrl = d.baseUrl();
        String permalink = d.permalink();
        Map<String, String> collections = new HashMap<>();
        Optional<SlugStyle> slugs = d.slugs();
        List<String> extraPaths = d.extraPaths();
        Optional<String> language = d.language();
        for (NodeTuple entry : yaml.mapping(node, "'site'").getValue()) {
            Node value = entry.getValueNode();
            switch (yaml.key(entry)) {
                case "root" -> root = Optional.of(baseDir.resolve(yaml.string(value, "site.root")).normalize());
                case "static" -> staticDirs = yaml.strings(value, "site.static");
                case "baseUrl" -> baseUrl = Optional.of(uri(yaml, value));
                case "permalink" -> permalink = yaml.string(value, "site.permalink");
                case "collections" -> {
                    for (NodeTuple c : yaml.mapping(value, "'site.collections'").getValue()) {
                        collections.put(yaml.key(c), yaml.string(c.getValueNode(), "site.collections." + yaml.key(c)));
                    }
                }
                case "slugs" -> slugs = Optional.of(slugStyle(yaml, value));
                case "extraPaths" -> extraPaths = yaml.strings(value, "site.extraPaths");
                case "language" -> language = Optional.of(yaml.string(value, "site.language"));
                default -> throw yaml.unknown(entry, "site.", KNOWN);
            }
        }
        return new SiteSettings(root, staticDirs, baseUrl, permalink, collections, slugs, extraPaths, language);
    }

    private static URI uri(YamlNodes yaml, Node value) throws ConfigException {
        String text = yaml.string(value, "site.baseUrl");
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw yaml.error(value, "'site.baseUrl' must be a full address such as https://example.com");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw yaml.error(value, "'site.baseUrl' is not a valid address: " + e.getReason());
        }
    }

    private static SlugStyle slugStyle(YamlNodes yaml, Node value) throws ConfigException {
        String text = yaml.string(value, "site.slugs");
        try {
            return SlugStyle.parse(text);
        } catch (IllegalArgumentException e) {
            throw yaml.error(value, "'site.slugs' must be github, kramdown or goldmark");
        }
    }
}
