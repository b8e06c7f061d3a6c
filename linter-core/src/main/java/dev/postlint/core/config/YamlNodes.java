package dev.postlint.core.config;

import dev.postlint.core.rule.OptionType;
import dev.postlint.core.source.Position;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Typed reading of config YAML nodes; every mistake becomes a {@link ConfigException} with file, line and column. */
final class YamlNodes {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(?i:(KB|MB|GB))?");
    private static final Duration MAX_DURATION = Duration.ofDays(3650);

    private final Path file;

    YamlNodes(Path file) {
        this.file = file;
    }

    static Position at(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static Position at(Node node) {
        return at(node.getStartMark());
    }

    ConfigException error(Node node, String message) {
        return new ConfigException(file, at(node), message);
    }

    /** A mapping; a key with nothing after it (every entry commented out) is an empty one. */
    MappingNode mapping(Node node, String what) throws ConfigException {
        if (node instanceof MappingNode map) {
            return map;
        }
        if (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
            return new MappingNode(Tag.MAP, java.util.List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        }
        throw error(node, what + " must be a mapping of 'key: value' entries");
    }

    String key(NodeTuple entry) throws ConfigException {
        if (entry.getKeyNode() instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(entry.getKeyNode(), "a key must be a plain name");
    }

    ConfigException unknown(NodeTuple entry, String section, String known) throws ConfigException {
        String key = key(entry);
        List<String> names = java.util.Arrays.asList(known.split(",? and |, "));
        String suggestion = dev.postlint.core.Suggestions.closest(key, names)
                .map(n -> " (did you mean '" + section + n + "'?)").orElse("");
        return error(entry.getKeyNode(), "unknown setting '" + section + key + "'" + suggestion + "; known settings are "
                + known);
    }

    List<String> strings(Node node, String name) throws ConfigException {
        Object value = toJava(node);
        if (value instanceof String s) {
            return List.of(s);
        }
        return OptionType.STRING_LIST.convert(value).orElseThrow(() -> error(node, "'" + name + "' must be a list of texts"));
    }

    String string(Node node, String name) throws ConfigException {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        throw error(node, "'" + name + "' must be a text");
    }

    boolean bool(Node node, String name) throws ConfigException {
        if (toJava(node) instanceof Boolean b) {
            return b;
        }
        throw error(node, "'" + name + "' must be true or false");
    }

    int positiveInt(Node node, String name, int min) throws ConfigException {
        if (toJava(node) instanceof Integer i && i >= min) {
            return i;
        }
        throw error(node, "'" + name + "' must be a whole number of at least " + min);
    }

    Duration duration(Node node, String name) throws ConfigException {
        Object value = toJava(node);
        Matcher m = DURATION.matcher(String.valueOf(value).strip());
        if (value != null && m.matches()) {
            if (m.group(1).length() > 12) {
                throw error(node, "'" + name + "' must be at most " + MAX_DURATION.toDays() + "d");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration d = switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
            if (d.compareTo(MAX_DURATION) > 0) {
                throw error(node, "'" + name + "' must be at most " + MAX_DURATION.toDays() + "d");
            }
            return d;
        }
        throw error(node, "'" + name + "' must be a duration such as 500ms, 20s, 5m, 2h or 1d");
    }

    /** A duration above zero, for waits that must end and limits that must allow something. */
    Duration positiveDuration(Node node, String name) throws ConfigException {
        Duration d = duration(node, name);
        if (d.isZero()) {
            throw error(node, "'" + name + "' must be longer than 0");
        }
        return d;
    }

    /** A size in bytes, written as a number or with KB, MB or GB (1024-based). */
    long size(Node node, String name) throws ConfigException {
        Matcher m = SIZE.matcher(String.valueOf(toJava(node)).strip());
        if (m.matches() && m.group(1).length() <= 7) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(java.util.Locale.ROOT);
            long bytes = switch (unit) {
                case "KB" -> n << 10;
                case "MB" -> n << 20;
                case "GB" -> n << 30;
                default -> n;
            };
            if (bytes > 0) {
                return bytes;
            }
        }
        throw error(node, "'" + name + "' must be a size above 0 such as 500KB, 10MB or 1GB");
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
