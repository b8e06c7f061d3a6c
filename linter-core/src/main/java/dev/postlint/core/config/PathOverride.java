package dev.postlint.core.config;

import dev.postlint.core.frontmatter.FrontMatterSettings;
import dev.postlint.core.io.RecordText;
import dev.postlint.core.rule.Category;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the config's {@code overrides}: rule and front-matter settings for the files that match
 * one of its globs (relative to the config file's folder), over the settings above it.
 */
public record PathOverride(List<String> files, Map<String, RuleSettings> rules, Map<Category, RuleSettings> categories,
                       Optional<FrontMatterSettings> frontMatter) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    public PathOverride {
        files = List.copyOf(files);
        rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
        categories = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(categories));
    }

    /** Whether a file, as a path relative to the config's folder with {@code /} between names, matches. */
    public boolean matches(String relativePath) {
        Path path = Path.of(relativePath);
        return files.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .anyMatch((PathMatcher m) -> m.matches(path));
    }
}
