package dev.postlint.core.config;

import dev.postlint.core.Severity;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleOption;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.source.Position;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .postlint.yml}. Every mistake (bad YAML, an unknown key or rule, a value of the wrong
 * type) is a {@link ConfigException} naming the file, line and column.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".postlint.yml";

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
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the config file (" + e.getMessage() + ")");
        }
        Path baseDir = file.toAbsolutePath().normalize().getParent();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ConfigException(file, mark == null ? Position.START : at(mark),
                    "not valid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new ConfigException(file, Position.START, "not valid YAML: " + e.getMessage());
        }
        Config defaults = Config.defaults(baseDir);
        if (root == null) {
            return new Config(Optional.of(file), baseDir, defaults.include(), defaults.exclude(),
                    defaults.frontMatter(), Map.of());
        }
        return new Reader(file, baseDir).read(expectMapping(file, root, "the config file"), defaults);
    }

    private static Position at(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Position at(Node node) {
        return at(node.getStartMark());
    }

    private static MappingNode expectMapping(Path file, Node node, String what) throws ConfigException {
        if (node instanceof MappingNode map) {
            return map;
        }
        throw new ConfigException(file, at(node), what + " must be a mapping of 'key: value' entries");
    }

    private final class Reader {
        private final Path file;
        private final Path baseDir;

        Reader(Path file, Path baseDir) {
            this.file = file;
            this.baseDir = baseDir;
        }

        Config read(MappingNode root, Config defaults) throws ConfigException {
            List<String> include = defaults.include();
            List<String> exclude = defaults.exclude();
            FrontMatterSettings frontMatter = defaults.frontMatter();
            Map<String, RuleSettings> rules = new HashMap<>();
            for (NodeTuple entry : root.getValue()) {
                String key = keyOf(entry);
                Node value = entry.getValueNode();
                switch (key) {
                    case "include" -> include = strings(value, "include");
                    case "exclude" -> exclude = strings(value, "exclude");
                    case "frontMatter" -> frontMatter = frontMatter(value, frontMatter);
                    case "rules" -> readRules(expectMapping(file, value, "'rules'"), rules);
                    default -> throw new ConfigException(file, at(entry.getKeyNode()), "unknown setting '" + key
                            + "'; known settings are include, exclude, frontMatter and rules");
                }
            }
            return new Config(Optional.of(file), baseDir, include, exclude, frontMatter, rules);
        }

        private FrontMatterSettings frontMatter(Node node, FrontMatterSettings defaults) throws ConfigException {
            List<String> required = defaults.required();
            List<String> imageFields = defaults.imageFields();
            for (NodeTuple entry : expectMapping(file, node, "'frontMatter'").getValue()) {
                String key = keyOf(entry);
                switch (key) {
                    case "required" -> required = strings(entry.getValueNode(), "frontMatter.required");
                    case "imageFields" -> imageFields = strings(entry.getValueNode(), "frontMatter.imageFields");
                    default -> throw new ConfigException(file, at(entry.getKeyNode()), "unknown setting 'frontMatter."
                            + key + "'; known settings are required and imageFields");
                }
            }
            return new FrontMatterSettings(required, imageFields);
        }

        private void readRules(MappingNode node, Map<String, RuleSettings> rules) throws ConfigException {
            for (NodeTuple entry : node.getValue()) {
                String id = keyOf(entry);
                Rule rule = registry.find(id).orElseThrow(() -> new ConfigException(file, at(entry.getKeyNode()),
                        "unknown rule '" + id + "'; run 'postlint rules' to list the rules"));
                rules.put(id, ruleSettings(rule, entry.getValueNode()));
            }
        }

        private RuleSettings ruleSettings(Rule rule, Node node) throws ConfigException {
            if (node instanceof ScalarNode scalar) {
                return severitySetting(rule, scalar, Map.of());
            }
            MappingNode map = expectMapping(file, node, "the settings of rule '" + rule.id() + "'");
            Map<String, Object> options = new HashMap<>();
            ScalarNode severity = null;
            for (NodeTuple entry : map.getValue()) {
                String name = keyOf(entry);
                if (name.equals("severity")) {
                    if (!(entry.getValueNode() instanceof ScalarNode s)) {
                        throw new ConfigException(file, at(entry.getValueNode()), severityHelp(rule));
                    }
                    severity = s;
                    continue;
                }
                RuleOption<?> option = rule.options().stream().filter(o -> o.name().equals(name)).findFirst()
                        .orElseThrow(() -> new ConfigException(file, at(entry.getKeyNode()), "rule '" + rule.id()
                                + "' has no option '" + name + "'" + knownOptions(rule)));
                Object value = toJava(entry.getValueNode());
                Object converted = option.type().convert(value).orElseThrow(() -> new ConfigException(file,
                        at(entry.getValueNode()), "option '" + name + "' of rule '" + rule.id() + "' must be "
                        + option.type().description()));
                options.put(name, converted);
            }
            return severity == null ? new RuleSettings(false, Optional.empty(), options)
                    : severitySetting(rule, severity, options);
        }

        private RuleSettings severitySetting(Rule rule, ScalarNode scalar, Map<String, Object> options)
                throws ConfigException {
            String text = scalar.getValue();
            if (Tag.BOOL.equals(scalar.getTag())) {
                boolean on = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on");
                return new RuleSettings(!on, Optional.empty(), options);
            }
            if (text.equals("off")) {
                return new RuleSettings(true, Optional.empty(), options);
            }
            Severity severity = Severity.parse(text).orElseThrow(() -> new ConfigException(file, at(scalar),
                    severityHelp(rule)));
            return new RuleSettings(false, Optional.of(severity), options);
        }

        private String severityHelp(Rule rule) {
            return "the severity of rule '" + rule.id() + "' must be error, warning, info or off";
        }

        private String knownOptions(Rule rule) {
            List<String> names = new ArrayList<>();
            names.add("severity");
            rule.options().forEach(o -> names.add(o.name()));
            return "; it takes " + String.join(", ", names);
        }

        private List<String> strings(Node node, String name) throws ConfigException {
            Object value = toJava(node);
            if (value instanceof String s) {
                return List.of(s);
            }
            return dev.postlint.core.rule.OptionType.STRING_LIST.convert(value).orElseThrow(() ->
                    new ConfigException(file, at(node), "'" + name + "' must be a list of texts"));
        }

        private String keyOf(NodeTuple entry) throws ConfigException {
            if (entry.getKeyNode() instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            throw new ConfigException(file, at(entry.getKeyNode()), "a key must be a plain name");
        }
    }

    /** Plain Java value of a YAML node: String, Integer, Long, Double, Boolean, null, List or Map. */
    static Object toJava(Node node) {
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue();
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
            }
            if (Tag.INT.equals(tag)) {
                try {
                    long l = Long.decode(v.replace("_", ""));
                    return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) (int) l : (Object) l;
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return Double.parseDouble(v.replace("_", ""));
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            return v;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            seq.getValue().forEach(n -> list.add(toJava(n)));
            return list;
        }
        if (node instanceof MappingNode map) {
            Map<String, Object> result = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                result.put(String.valueOf(toJava(t.getKeyNode())), toJava(t.getValueNode()));
            }
            return result;
        }
        return null;
    }
}
