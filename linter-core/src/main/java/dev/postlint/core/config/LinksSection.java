package dev.postlint.core.config;

import dev.postlint.core.links.AddressPolicy;
import dev.postlint.core.links.HostSettings;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.links.Origin;
import dev.postlint.core.links.StatusRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code links} section of the config. */
final class LinksSection {
    private static final String KNOWN = "external, allowPrivateAddresses, timeout, retries, retryDelay, "
            + "maxConcurrency, maxConcurrencyPerHost, accept, exclude, include, cache, hosts, userAgent, externalAnchors "
            + "and noNetworkShare";

    private LinksSection() {
    }

    static LinkSettings read(YamlNodes yaml, Node node, Path baseDir, LinkSettings d) throws ConfigException {
        LinkSettings.Builder b = d.toBuilder();
        for (NodeTuple entry : yaml.mapping(node, "'links'").getValue()) {
            Node value = entry.getValueNode();
            String key = yaml.key(entry);
            switch (key) {
                case "external" -> b.external(yaml.bool(value, "links.external"));
                case "allowPrivateAddresses" -> b.addressPolicy(addressPolicy(yaml, value));
                case "timeout" -> b.timeout(yaml.positiveDuration(value, "links.timeout"));
                case "retries" -> b.retries(yaml.positiveInt(value, "links.retries", 0));
                case "retryDelay" -> b.retryDelay(yaml.duration(value, "links.retryDelay"));
                case "maxConcurrency" -> b.maxConcurrency(yaml.positiveInt(value, "links.maxConcurrency", 1));
                case "maxConcurrencyPerHost" -> b.maxConcurrencyPerHost(yaml.positiveInt(value, "links.maxConcurrencyPerHost", 1));
                case "accept" -> b.accept(ranges(yaml, value));
                case "exclude" -> b.exclude(patterns(yaml, value, "links.exclude"));
                case "include" -> b.include(patterns(yaml, value, "links.include"));
                case "cache" -> {
                    for (NodeTuple c : yaml.mapping(value, "'links.cache'").getValue()) {
                        switch (yaml.key(c)) {
                            case "dir" -> b.cacheDir(baseDir.resolve(yaml.string(c.getValueNode(), "links.cache.dir")));
                            case "maxAge" -> b.cacheMaxAge(yaml.duration(c.getValueNode(), "links.cache.maxAge"));
                            default -> throw yaml.unknown(c, "links.cache.", "dir and maxAge");
                        }
                    }
                }
                case "hosts" -> b.hosts(hosts(yaml, value));
                case "userAgent" -> b.userAgent(yaml.string(value, "links.userAgent"));
                case "externalAnchors" -> b.externalAnchors(yaml.bool(value, "links.externalAnchors"));
                case "noNetworkShare" -> b.noNetworkShare(share(yaml, value));
                default -> throw yaml.unknown(entry, "links.", KNOWN);
            }
        }
        return b.build();
    }

    private static AddressPolicy addressPolicy(YamlNodes yaml, Node value) throws ConfigException {
        if (!(value instanceof SequenceNode)) {
            return yaml.bool(value, "links.allowPrivateAddresses") ? AddressPolicy.allowAll() : AddressPolicy.strict();
        }
        List<String> entries = yaml.strings(value, "links.allowPrivateAddresses");
        try {
            return AddressPolicy.allowing(entries);
        } catch (IllegalArgumentException e) {
            throw yaml.error(value, "'links.allowPrivateAddresses' takes true, false or a list of host names and "
                    + "CIDR ranges such as 10.1.0.0/16; '" + e.getMessage() + "' is neither");
        }
    }

    private static double share(YamlNodes yaml, Node value) throws ConfigException {
        Object number = YamlNodes.toJava(value);
        if (number instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 1) {
            return n.doubleValue();
        }
        throw yaml.error(value, "'links.noNetworkShare' must be a share above 0 and at most 1, such as 0.9");
    }

    private static List<StatusRange> ranges(YamlNodes yaml, Node node) throws ConfigException {
        List<StatusRange> ranges = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (Node item : items) {
            String text = String.valueOf(YamlNodes.toJava(item));
            ranges.add(StatusRange.parse(text).orElseThrow(() -> yaml.error(item,
                    "'links.accept' takes status codes or ranges such as 200-299 or 403, not '" + text + "'")));
        }
        return ranges;
    }

    private static List<Pattern> patterns(YamlNodes yaml, Node node, String name) throws ConfigException {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : yaml.strings(node, name)) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw yaml.error(node, "'" + name + "' has an invalid regular expression '" + regex + "': "
                        + e.getDescription());
            }
        }
        return patterns;
    }

    private static Map<String, HostSettings> hosts(YamlNodes yaml, Node node) throws ConfigException {
        Map<String, HostSettings> hosts = new HashMap<>();
        for (NodeTuple h : yaml.mapping(node, "'links.hosts'").getValue()) {
            String host = yaml.key(h);
            if (Origin.ofKey(host).isEmpty()) {
                throw yaml.error(h.getKeyNode(), "'links.hosts' takes host names or origins such as "
                        + "https://api.example.com:8443, not '" + host + "'");
            }
            OptionalInt max = OptionalInt.empty();
            Map<String, String> headers = new HashMap<>();
            for (NodeTuple s : yaml.mapping(h.getValueNode(), "'links.hosts." + host + "'").getValue()) {
                switch (yaml.key(s)) {
                    case "maxConcurrency" -> max = OptionalInt.of(
                            yaml.positiveInt(s.getValueNode(), "links.hosts." + host + ".maxConcurrency", 1));
                    case "headers" -> {
                        for (NodeTuple header : yaml.mapping(s.getValueNode(), "'headers'").getValue()) {
                            String name = yaml.key(header);
                            String value = yaml.string(header.getValueNode(), "header " + name);
                            String where = "links.hosts." + host + ".headers." + name;
                            if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                                throw yaml.error(header.getKeyNode(), "'" + where + "' is not a valid header name");
                            }
                            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                                // The value may be a secret: it is never shown.
                                throw yaml.error(header.getValueNode(), "the value of '" + where + "' holds a line "
                                        + "break or another control character");
                            }
                            headers.put(name, value);
                        }
                    }
                    default -> throw yaml.unknown(s, "links.hosts." + host + ".", "maxConcurrency and headers");
                }
            }
            hosts.put(host.toLowerCase(Locale.ROOT), new HostSettings(max, headers));
        }
        return hosts;
    }
}
