package dev.postlint.core.config;

import dev.postlint.core.site.Generator;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.site.SlugStyle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads the {@code site} section of the config. */
final class SiteSection {
    private static final String KNOWN = "root, generator, static, baseUrl, permalink, collections, slugs, extraPaths and language";

    private SiteSection() {
    }

    static SiteSettings read(YamlNodes yaml, Node node, Path baseDir) throws ConfigException {
        SiteSettings d = SiteSettings.defaults();
        SiteSettings.Builder b = d.toBuilder();
        Map<String, String> collections = new HashMap<>();
        for (NodeTuple entry : yaml.mapping(node, "'site'").getValue()) {
            Node value = entry.getValueNode();
            switch (yaml.key(entry)) {
                case "root" -> b.root(Optional.of(baseDir.resolve(yaml.string(value, "site.root")).normalize()));
                case "static" -> b.staticDirs(yaml.strings(value, "site.static"));
                case "baseUrl" -> b.baseUrl(Optional.of(uri(yaml, value)));
                case "permalink" -> b.permalink(yaml.string(value, "site.permalink"));
                case "collections" -> {
                    for (NodeTuple c : yaml.mapping(value, "'site.collections'").getValue()) {
                        collections.put(yaml.key(c), yaml.string(c.getValueNode(), "site.collections." + yaml.key(c)));
                    }
                }
                case "slugs" -> b.slugs(Optional.of(slugStyle(yaml, value)));
                case "extraPaths" -> b.extraPaths(yaml.strings(value, "site.extraPaths"));
                case "language" -> b.language(Optional.of(yaml.string(value, "site.language")));
                case "generator" -> b.generator(Optional.of(generator(yaml, value)));
                default -> throw yaml.unknown(entry, "site.", KNOWN);
            }
        }
        return b.collections(collections).build();
    }

    private static Generator generator(YamlNodes yaml, Node value) throws ConfigException {
        return switch (yaml.string(value, "site.generator")) {
            case "jekyll" -> Generator.JEKYLL;
            case "hugo" -> Generator.HUGO;
            case "zola" -> Generator.ZOLA;
            case "none" -> Generator.UNKNOWN;
            default -> throw yaml.error(value, "'site.generator' must be jekyll, hugo, zola or none");
        };
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
            throw yaml.error(value, "'site.slugs' must be github, github-ascii, blackfriday, kramdown, goldmark, zola, zola-safe or as-written");
        }
    }
}
