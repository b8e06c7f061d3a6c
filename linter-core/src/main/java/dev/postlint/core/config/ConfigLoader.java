package dev.postlint.core.config;

import dev.postlint.core.Severity;
import dev.postlint.core.frontmatter.FrontMatterSettings;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.source.Position;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import dev.postlint.core.frontmatter.YamlLimits;
import dev.postlint.core.markdown.MarkdownExtension;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .postlint.yml}. Every mistake (bad YAML, an unknown key or rule, a value of the wrong
 * type) is a {@link ConfigException} naming the file, line and column.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".postlint.yml";
    private static final String KNOWN = "include, exclude, includeDefaults, excludeDefaults, gitignore, frontMatter, limits, markdown, "
            + "rules, categories, site, links and overrides";

    private static final String CATEGORY_IDS = Arrays.stream(Category.values()).map(Category::id)
            .collect(Collectors.joining(", "));

    private final RuleRegistry registry;

    public ConfigLoader(RuleRegistry registry) {
        this.registry = registry;
    }

    /** The nearest {@code .postlint.yml} in {@code start} or one of its parents. */
    public static Optional<Path> locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public Config load(Path file) throws ConfigException {
        String text;
        try {
            text = dev.postlint.core.io.BoundedFiles.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file (" + e.getMessage() + ")");
        }
        Path baseDir = file.toAbsolutePath().normalize().getParent();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ConfigException(file, mark == null ? Position.START : YamlNodes.at(mark),
                    "not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new ConfigException(file, Position.START, "not valid YAML: " + e.getMessage());
        }
        Config defaults = Config.defaults(baseDir).toBuilder().file(Optional.of(file)).build();
        if (root == null) {
            return defaults;
        }
        Optional<YamlLimits.Problem> tooMuch = YamlLimits.check(root);
        if (tooMuch.isPresent()) {
            throw new ConfigException(file, YamlNodes.at(tooMuch.get().node().getStartMark()),
                    "cannot be read: " + tooMuch.get().reason());
        }
        YamlNodes yaml = new YamlNodes(file);
        return read(yaml, yaml.mapping(root, "the config file"), baseDir, defaults);
    }

    private Config read(YamlNodes yaml, MappingNode root, Path baseDir, Config defaults) throws ConfigException {
        Config.Builder config = defaults.toBuilder();
        Map<String, RuleSettings> rules = new HashMap<>();
        Map<Category, RuleSettings> categories = new EnumMap<>(Category.class);
        Node overrides = null;
        List<String> include = List.of();
        List<String> exclude = List.of();
        boolean includeDefaults = true;
        boolean excludeDefaults = true;
        for (NodeTuple entry : root.getValue()) {
            Node value = entry.getValueNode();
            switch (yaml.key(entry)) {
                case "include" -> include = globs(yaml, value, "include");
                case "exclude" -> exclude = globs(yaml, value, "exclude");
                case "includeDefaults" -> includeDefaults = yaml.bool(value, "includeDefaults");
                case "excludeDefaults" -> excludeDefaults = yaml.bool(value, "excludeDefaults");
                case "gitignore" -> config.gitignore(yaml.bool(value, "gitignore"));
                case "frontMatter" -> config.frontMatter(frontMatter(yaml, value, defaults.frontMatter()));
                case "rules" -> readRules(yaml, yaml.mapping(value, "'rules'"), rules, categories);
                case "categories" -> readCategories(yaml, yaml.mapping(value, "'categories'"), categories);
                case "site" -> config.site(SiteSection.read(yaml, value, baseDir));
                case "links" -> config.links(LinksSection.read(yaml, value, baseDir, defaults.links()));
                case "overrides" -> overrides = value;
                case "limits" -> config.limits(limits(yaml, value));
                case "markdown" -> config.markdownExtensions(Optional.of(markdownExtensions(yaml, value)));
                default -> throw yaml.unknown(entry, "", KNOWN);
            }
        }
        config.include(withDefaults(includeDefaults ? Config.DEFAULT_INCLUDE : List.of(), include));
        config.exclude(withDefaults(excludeDefaults ? Config.DEFAULT_EXCLUDE : List.of(), exclude));
        config.rules(rules).categories(categories);
        if (overrides != null) {
            config.overrides(overrides(yaml, overrides, config.build().frontMatter()));
        }
        return config.build();
    }

    /** A list's own globs after the defaults, each once. */
    private static List<String> withDefaults(List<String> defaults, List<String> own) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(defaults);
        all.addAll(own);
        return List.copyOf(all);
    }

    /** {@code overrides: [{files: [...], rules: {...}, frontMatter: {...}}, ...]}. */
    private List<PathOverride> overrides(YamlNodes yaml, Node node, FrontMatterSettings defaults)
            throws ConfigException {
        if (!(node instanceof org.yaml.snakeyaml.nodes.SequenceNode list)) {
            throw yaml.error(node, "'overrides' must be a list of entries with files, rules and frontMatter");
        }
        List<PathOverride> overrides = new ArrayList<>();
        for (Node item : list.getValue()) {
            MappingNode entry = yaml.mapping(item, "an entry of 'overrides'");
            List<String> files = null;
            Map<String, RuleSettings> rules = new HashMap<>();
            Map<Category, RuleSettings> categories = new EnumMap<>(Category.class);
            Optional<FrontMatterSettings> frontMatter = Optional.empty();
            for (NodeTuple field : entry.getValue()) {
                Node value = field.getValueNode();
                switch (yaml.key(field)) {
                    case "files" -> files = globs(yaml, value, "overrides.files");
                    case "rules" -> readRules(yaml, yaml.mapping(value, "'overrides.rules'"), rules, categories);
                    case "frontMatter" -> frontMatter = Optional.of(frontMatter(yaml, value, defaults));
                    default -> throw yaml.unknown(field, "overrides.", "files, rules and frontMatter");
                }
            }
            if (files == null || files.isEmpty()) {
                throw yaml.error(item, "an entry of 'overrides' needs 'files', the globs of the files it is for");
            }
            overrides.add(new PathOverride(files, rules, categories, frontMatter));
        }
        return overrides;
    }

    /** Globs, each checked here so that a broken one is a config error at its line rather than a failed run. */
    private static List<String> globs(YamlNodes yaml, Node node, String what) throws ConfigException {
        List<String> globs = yaml.strings(node, what);
        for (String glob : globs) {
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (RuntimeException e) {
                throw yaml.error(node, "'" + glob + "' in " + what + " is not a valid glob (" + e.getMessage() + ")");
            }
        }
        return globs;
    }

    private static java.util.Set<MarkdownExtension> markdownExtensions(YamlNodes yaml, Node node)
            throws ConfigException {
        java.util.Set<MarkdownExtension> extensions = java.util.EnumSet.noneOf(MarkdownExtension.class);
        String known = Arrays.stream(MarkdownExtension.values()).map(MarkdownExtension::id)
                .collect(java.util.stream.Collectors.joining(", "));
        for (NodeTuple entry : yaml.mapping(node, "'markdown'").getValue()) {
            if (!yaml.key(entry).equals("extensions")) {
                throw yaml.unknown(entry, "markdown.", "extensions");
            }
            for (String id : yaml.strings(entry.getValueNode(), "markdown.extensions")) {
                extensions.add(MarkdownExtension.parse(id).orElseThrow(() -> yaml.error(entry.getValueNode(),
                        "unknown Markdown extension '" + id + "'" + dev.postlint.core.Suggestions.closest(id,
                                Arrays.stream(MarkdownExtension.values()).map(MarkdownExtension::id).toList())
                                .map(s -> " (did you mean '" + s + "'?)").orElse("") + "; postlint reads " + known)));
            }
        }
        return extensions;
    }

    private static Limits limits(YamlNodes yaml, Node node) throws ConfigException {
        Limits l = Limits.DEFAULTS;
        long size = l.maxFileSize();
        int nesting = l.maxNesting();
        int lineLength = l.maxLineLength();
        java.time.Duration time = l.maxFileTime();
        int findings = l.maxFindingsPerFile();
        for (NodeTuple entry : yaml.mapping(node, "'limits'").getValue()) {
            Node value = entry.getValueNode();
            switch (yaml.key(entry)) {
                case "maxFileSize" -> size = yaml.size(value, "limits.maxFileSize");
                case "maxNesting" -> nesting = yaml.positiveInt(value, "limits.maxNesting", 1);
                case "maxLineLength" -> lineLength = yaml.positiveInt(value, "limits.maxLineLength", 1);
                case "maxFileTime" -> time = yaml.positiveDuration(value, "limits.maxFileTime");
                case "maxFindingsPerFile" -> findings = yaml.positiveInt(value, "limits.maxFindingsPerFile", 1);
                default -> throw yaml.unknown(entry, "limits.", "maxFileSize, maxNesting, maxLineLength, maxFileTime and maxFindingsPerFile");
            }
        }
        return new Limits(size, nesting, lineLength, time, findings);
    }

    private static FrontMatterSettings frontMatter(YamlNodes yaml, Node node, FrontMatterSettings defaults)
            throws ConfigException {
        List<String> required = defaults.required();
        List<String> imageFields = defaults.imageFields();
        for (NodeTuple entry : yaml.mapping(node, "'frontMatter'").getValue()) {
            switch (yaml.key(entry)) {
                case "required" -> required = yaml.strings(entry.getValueNode(), "frontMatter.required");
                case "imageFields" -> imageFields = yaml.strings(entry.getValueNode(), "frontMatter.imageFields");
                default -> throw yaml.unknown(entry, "frontMatter.", "required and imageFields");
            }
        }
        return new FrontMatterSettings(required, imageFields);
    }

    private void readRules(YamlNodes yaml, MappingNode node, Map<String, RuleSettings> rules,
                           Map<Category, RuleSettings> categories) throws ConfigException {
        for (NodeTuple entry : node.getValue()) {
            String id = yaml.key(entry);
            Optional<Category> category = Category.parse(id);
            if (category.isPresent() && registry.find(id).isEmpty()) {
                categories.put(category.get(), categorySetting(yaml, category.get(), entry.getValueNode()));
                continue;
            }
            Rule rule = registry.find(id).orElseThrow(() -> yaml.error(entry.getKeyNode(), "unknown rule '" + id + "'"
                    + closestRule(id).map(n -> " (did you mean '" + n + "'?)").orElse("")
                    + "; run 'postlint rules' to list the rules and their categories"));
            rules.put(id, ruleSettings(yaml, rule, entry.getValueNode()));
        }
    }

    private Optional<String> closestRule(String id) {
        return dev.postlint.core.Suggestions.closest(id, registry.names());
    }

    private static void readCategories(YamlNodes yaml, MappingNode node, Map<Category, RuleSettings> categories)
            throws ConfigException {
        for (NodeTuple entry : node.getValue()) {
            String id = yaml.key(entry);
            Category category = Category.parse(id).orElseThrow(() -> yaml.error(entry.getKeyNode(),
                    "unknown category '" + id + "'" + dev.postlint.core.Suggestions.closest(id, Arrays.stream(
                            Category.values()).map(Category::id).toList()).map(n -> " (did you mean '" + n + "'?)")
                            .orElse("") + "; the categories are " + CATEGORY_IDS));
            categories.put(category, categorySetting(yaml, category, entry.getValueNode()));
        }
    }

    private static RuleSettings categorySetting(YamlNodes yaml, Category category, Node node) throws ConfigException {
        String help = "the severity of category '" + category.id() + "' must be error, warning, info or off";
        if (!(node instanceof ScalarNode scalar)) {
            throw yaml.error(node, help);
        }
        return severitySetting(yaml, scalar, Map.of(), help);
    }

    private static RuleSettings ruleSettings(YamlNodes yaml, Rule rule, Node node) throws ConfigException {
        if (node instanceof ScalarNode scalar) {
            return severitySetting(yaml, scalar, Map.of(), severityHelp(rule));
        }
        MappingNode map = yaml.mapping(node, "the settings of rule '" + rule.id() + "'");
        Map<String, Object> options = new HashMap<>();
        ScalarNode severity = null;
        for (NodeTuple entry : map.getValue()) {
            String name = yaml.key(entry);
            if (name.equals("severity")) {
                if (!(entry.getValueNode() instanceof ScalarNode s)) {
                    throw yaml.error(entry.getValueNode(), severityHelp(rule));
                }
                severity = s;
                continue;
            }
            RuleOption<?> option = rule.options().stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> yaml.error(entry.getKeyNode(), "rule '" + rule.id() + "' has no option '"
                            + name + "'" + knownOptions(rule)));
            Object converted = option.type().convert(YamlNodes.toJava(entry.getValueNode())).orElseThrow(() ->
                    yaml.error(entry.getValueNode(), "option '" + name + "' of rule '" + rule.id() + "' must be "
                            + option.type().description()));
            options.put(name, converted);
        }
        return severity == null ? new RuleSettings(false, Optional.empty(), options)
                : severitySetting(yaml, severity, options, severityHelp(rule));
    }

    private static RuleSettings severitySetting(YamlNodes yaml, ScalarNode scalar, Map<String, Object> options,
                                                String help) throws ConfigException {
        String text = scalar.getValue();
        if (Tag.BOOL.equals(scalar.getTag())) {
            boolean on = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on");
            return new RuleSettings(!on, Optional.empty(), options);
        }
        if (text.equals("off")) {
            return new RuleSettings(true, Optional.empty(), options);
        }
        Severity severity = Severity.parse(text).orElseThrow(() -> yaml.error(scalar, help));
        return new RuleSettings(false, Optional.of(severity), options);
    }

    private static String severityHelp(Rule rule) {
        return "the severity of rule '" + rule.id() + "' must be error, warning, info or off";
    }

    private static String knownOptions(Rule rule) {
        List<String> names = new ArrayList<>();
        names.add("severity");
        rule.options().forEach(o -> names.add(o.name()));
        return "; it takes " + String.join(", ", names);
    }
}
