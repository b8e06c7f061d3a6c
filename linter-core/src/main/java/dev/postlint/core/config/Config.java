package dev.postlint.core.config;

import dev.postlint.core.markdown.MarkdownExtension;
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
import java.util.Set;

/**
 * The settings of one run: which files, which rules at which severity with which options, the site
 * model and link checking. {@code baseDir} is the folder relative paths and globs are resolved
 * against: the config file's folder, or the working folder without a config file. A rule's own
 * entry under {@code rules} wins over its category's.
 */
public record Config(Optional<Path> file, Path baseDir, List<String> include, List<String> exclude,
                     FrontMatterSettings frontMatter, Map<String, RuleSettings> rules,
                     Map<Category, RuleSettings> categories, SiteSettings site, LinkSettings links,
                     List<PathOverride> overrides, List<PathOverride> applied, boolean gitignore,
                     Limits limits, Optional<Set<MarkdownExtension>> markdownExtensions) {
    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.md", "**/*.markdown");
    /** Folders of dependencies, build output and tools (and every hidden folder, .git among them). */
    public static final List<String> DEFAULT_EXCLUDE = List.of(
            "**/node_modules/**", "**/vendor/**", "**/_site/**", "**/public/**", "**/target/**", "**/.*/**");

    public Config {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        rules = Map.copyOf(rules);
        categories = Map.copyOf(categories);
        overrides = List.copyOf(overrides);
        applied = List.copyOf(applied);
    }

    public static Config defaults(Path baseDir) {
        return new Config(Optional.empty(), baseDir, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, FrontMatterSettings.defaults(),
                Map.of(), Map.of(), SiteSettings.defaults(), LinkSettings.defaults(baseDir, Version.get()), List.of(),
                List.of(), true, Limits.DEFAULTS, Optional.empty());
    }

    /**
     * A rule's settings: its category's, then its own entry, and then the same for each override applied
     * to this file, in order.
     */
    public RuleSettings settingsOf(Rule rule) {
        RuleSettings settings = layer(rules, categories, rule, RuleSettings.DEFAULT);
        for (PathOverride o : applied) {
            settings = layer(o.rules(), o.categories(), rule, settings);
        }
        return settings;
    }

    private static RuleSettings layer(Map<String, RuleSettings> rules, Map<Category, RuleSettings> categories, Rule rule,
                                      RuleSettings below) {
        RuleSettings settings = below;
        RuleSettings group = categories.get(rule.category());
        if (group != null) {
            settings = group.overriding(settings);
        }
        RuleSettings own = rules.get(rule.id());
        return own == null ? settings : own.overriding(settings);
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

    /** Whether the rule is on here or for the files of some override. */
    public boolean isEnabledAnywhere(Rule rule) {
        RuleSettings base = layer(rules, categories, rule, RuleSettings.DEFAULT);
        return !base.off() || overrides.stream().anyMatch(o -> !layer(o.rules(), o.categories(), rule, base).off());
    }

    /**
     * The settings for one file: these, with the rule and front-matter settings of every override whose
     * globs match it applied in order, later entries winning.
     */
    public Config forFile(Path file) {
        if (overrides.isEmpty()) {
            return this;
        }
        String relative = baseDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        List<PathOverride> matching = overrides.stream().filter(o -> o.matches(relative)).toList();
        if (matching.isEmpty()) {
            return this;
        }
        FrontMatterSettings fileFrontMatter = frontMatter;
        for (PathOverride o : matching) {
            fileFrontMatter = o.frontMatter().orElse(fileFrontMatter);
        }
        return new Config(file(), baseDir, include, exclude, fileFrontMatter, rules, categories, site, links,
                overrides, matching, gitignore, limits, markdownExtensions);
    }

    /**
     * These settings with rules or categories turned on or off by name, as {@code --enable} and
     * {@code --disable} ask: a rule turned on runs at its configured severity (its default when none is
     * configured), a category turned on lets its rules run that are not off themselves.
     */
    public Config withSwitched(Rule rule, boolean on) {
        Map<String, RuleSettings> changed = new java.util.HashMap<>(rules);
        RuleSettings old = rules.getOrDefault(rule.id(), RuleSettings.DEFAULT);
        changed.put(rule.id(), new RuleSettings(!on, on ? Optional.of(severityOf(rule)) : old.severity(),
                old.options()));
        return toBuilder().rules(changed).build();
    }

    public Config withSwitched(Category category, boolean on) {
        Map<Category, RuleSettings> changed = new java.util.EnumMap<>(Category.class);
        changed.putAll(categories);
        RuleSettings old = categories.getOrDefault(category, RuleSettings.DEFAULT);
        changed.put(category, new RuleSettings(!on, old.severity(), old.options()));
        return toBuilder().categories(changed).build();
    }

    /** These settings with one option of one rule set, its severity and other options kept. */
    public Config withRuleOption(String ruleId, String option, Object value) {
        Map<String, RuleSettings> changed = new java.util.HashMap<>(rules);
        RuleSettings old = rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
        Map<String, Object> options = new java.util.HashMap<>(old.options());
        options.put(option, value);
        changed.put(ruleId, new RuleSettings(old.off(), old.severity(), options));
        return toBuilder().rules(changed).build();
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
        private List<PathOverride> overrides;
        private final List<PathOverride> applied;
        private boolean gitignore;
        private Limits limits;
        private Optional<Set<MarkdownExtension>> markdownExtensions;

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
            overrides = from.overrides;
            applied = from.applied;
            gitignore = from.gitignore;
            limits = from.limits;
            markdownExtensions = from.markdownExtensions;
        }

        /** The Markdown extensions every post is read with, instead of its generator's defaults. */
        public Builder markdownExtensions(Optional<Set<MarkdownExtension>> markdownExtensions) {
            this.markdownExtensions = markdownExtensions;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
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

        /** Whether files the git work tree ignores are left out of folders (the default). */
        public Builder gitignore(boolean gitignore) {
            this.gitignore = gitignore;
            return this;
        }

        public Builder overrides(List<PathOverride> overrides) {
            this.overrides = overrides;
            return this;
        }

        public Config build() {
            return new Config(file, baseDir, include, exclude, frontMatter, rules, categories, site, links, overrides,
                    applied, gitignore, limits, markdownExtensions);
        }
    }
}
