package dev.postlint.core.config;

import dev.postlint.core.Severity;
import dev.postlint.core.Version;
import dev.postlint.core.frontmatter.FrontMatterSettings;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.rule.Category;
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
 * against: the config file's folder, or the working folder without a config file. A rule's own
 * entry under {@code rules} wins over its category's.
 */
public record Config(Optional<Path> file, Path baseDir, List<String> include, List<String> exclude,
                     FrontMatterSettings frontMatter, Map<String, RuleSettings> rules,
                     Map<Category, RuleSettings> categories, SiteSettings site, LinkSettings links) {
    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.md", "**/*.markdown");
    public static final List<String> DEFAULT_EXCLUDE = List.of(
            "**/node_modules/**", "**/vendor/**", "**/_site/**", "**/target/**", "**/.*/**");

    public Config {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        rules = Map.copyOf(rules);
        categories = Map.copyOf(categories);
    }

    public static Config defaults(Path baseDir) {
        return new Config(Optional.empty(), baseDir, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, FrontMatterSettings.defaults(),
                Map.of(), Map.of(), SiteSettings.defaults(), LinkSettings.defaults(baseDir, Version.get()));
    }

    public RuleSettings settingsOf(Rule rule) {
        RuleSettings own = rules.get(rule.id());
        RuleSettings group = categories.getOrDefault(rule.category(), RuleSettings.DEFAULT);
        return own == null ? group : own.over(group);
    }

    public boolean isEnabled(Rule rule) {
        return !settingsOf(rule).off();
    }

    public Severity severityOf(Rule rule) {
        return settingsOf(rule).severity().orElse(rule.defaultSeverity());
    }

    @SuppressWarnings("unchecked")
    public <T> T optionOf(Rule rule, RuleOption<T> option) {
        Object value = settingsOf(rule).options().get(option.name());
        return value == null ? option.defaultValue() : (T) value;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings and keeps the rest. */
    public static final class Builder {
        private Optional<Path> file;
        private Path baseDir;
        private List<String> include;
        private List<String> exclude;
        private FrontMatterSettings frontMatter;
        private Map<String, RuleSettings> rules;
        private Map<Category, RuleSettings> categories;
        private SiteSettings site;
        private LinkSettings links;

        private Builder(Config from) {
            file = from.file;
            baseDir = from.baseDir;
            include = from.include;
            exclude = from.exclude;
            frontMatter = from.frontMatter;
            rules = from.rules;
            categories = from.categories;
            site = from.site;
            links = from.links;
        }

        public Builder file(Optional<Path> file) {
            this.file = file;
            return this;
        }

        public Builder include(List<String> include) {
            this.include = include;
            return this;
        }

        public Builder exclude(List<String> exclude) {
            this.exclude = exclude;
            return this;
        }

        public Builder frontMatter(FrontMatterSettings frontMatter) {
            this.frontMatter = frontMatter;
            return this;
        }

        public Builder rules(Map<String, RuleSettings> rules) {
            this.rules = rules;
            return this;
        }

        public Builder categories(Map<Category, RuleSettings> categories) {
            this.categories = categories;
            return this;
        }

        public Builder site(SiteSettings site) {
            this.site = site;
            return this;
        }

        public Builder links(LinkSettings links) {
            this.links = links;
            return this;
        }

        public Config build() {
            return new Config(file, baseDir, include, exclude, frontMatter, rules, categories, site, links);
        }
    }
}
