package dev.postlint.core.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The static-site generator a folder belongs to, recognised by its config file. */
public enum Generator {
    JEKYLL, HUGO, ZOLA, UNKNOWN;

    /** The nearest folder at or above {@code start} holding a generator's config file. */
    public static Optional<Path> findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (of(dir) != UNKNOWN) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Jekyll by {@code _config.yml}; Zola by a {@code config.toml} with {@code base_url} beside a
     * {@code content/} folder; Hugo by {@code hugo.*}, {@code config/_default/}, or a {@code config.*} with
     * keys only Hugo uses.
     */
    public static Generator of(Path dir) {
        if (Files.isRegularFile(dir.resolve("_config.yml")) || Files.isRegularFile(dir.resolve("_config.yaml"))) {
            return JEKYLL;
        }
        if (ConfigFiles.find(dir, "hugo").isPresent()) {
            return HUGO;
        }
        Path configToml = dir.resolve("config.toml");
        if (Files.isRegularFile(configToml) && Files.isDirectory(dir.resolve("content"))
                && ConfigFiles.read(configToml).filter(c -> c.containsKey("base_url")).isPresent()) {
            return ZOLA;
        }
        return HugoConfig.isHugoSite(dir) ? HUGO : UNKNOWN;
    }
}
