package dev.postlint.core.config;

import dev.postlint.core.Severity;
import dev.postlint.core.Version;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.site.SiteSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one run: which files, which rules at which severity with which options, the site
 * model and link checking. {@code baseDir} is the folder relative paths and globs are resolved
 * against: the config file's folder, or the working folder without a config file.
 */
public record Config(Optional<Path> file, Path baseDir, List<String> include, List<String> exclude,
                     FrontMatterSettings frontMatter, Map<String, RuleSettings> rules, SiteSettings site,
                     LinkSettings links) {
    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.md", "**/*.markdown");
    public static final List<String> DEFAULT_EXCLUDE = List.of(
            "**/node_modules/**", "**/vendor/**", "**/_site/**", "**/target/**", "**/.*/**");

    public Config {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        rules = Map.copyOf(rules);
    }

    /** A config with the default site model and link settings. */
    public Config(Optional<Path> file, Path baseDir, List<String> include, List<String> exclude,
                  FrontMatterSettings frontMatter, Map<String, RuleSettings> rules) {
        this(file, baseDir, include, exclude, frontMatter, rules, SiteSettings.defaults(),
                LinkSettings.defaults(baseDir, Version.get()));
    }

    public static Config defaults(Path baseDir) {
        return new Config(Optional.empty(), baseDir, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, FrontMatterSettings.defaults(),
                Map.of());
    }

    public Config withLinks(LinkSettings newLinks) {
        return new Config(file, baseDir, include, exclude, frontMatter, rules, site, newLinks);
    }

    public RuleSettings settingsOf(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    public boolean isEnabled(Rule rule) {
        return !settingsOf(rule.id()).off();
    }

    public Severity severityOf(Rule rule) {
        return settingsOf(rule.id()).severity().orElse(rule.defaultSeverity());
    }

    @SuppressWarnings("unchecked")
    public <T> T optionOf(Rule rule, RuleOption<T> option) {
        Object value = settingsOf(rule.id()).options().get(option.name());
        return value == null ? option.defaultValue() : (T) value;
    }
}
