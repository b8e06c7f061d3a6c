package dev.postlint.core.frontmatter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Guards against YAML whose aliases make it far larger than its text ("billion laughs" below the alias
 * limit) or make it contain itself ({@code a: &a [*a]}): the composed tree is walked without recursion
 * and with its aliases expanded, as any reader of the values would, before anything else reads it.
 */
public final class YamlLimits {
    /** More values than any real front matter or config holds once its aliases are expanded. */
    public static final int MAX_VALUES = 10_000;

    /** A node where the walk stopped and why. */
    public record Problem(Node node, String reason) {
    }

    private YamlLimits() {
    }

    public static Optional<Problem> check(Node root) {
        return check(root, MAX_VALUES);
    }

    static Optional<Problem> check(Node root, int maxValues) {
        Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> path = new ArrayDeque<>();
        Deque<Iterator<Node>> pending = new ArrayDeque<>();
        int values = 1;
        onPath.add(root);
        path.push(root);
        pending.push(children(root).iterator());
        while (!pending.isEmpty()) {
            Iterator<Node> next = pending.peek();
            if (!next.hasNext()) {
                pending.pop();
                onPath.remove(path.pop());
                continue;
            }
            Node child = next.next();
            if (onPath.contains(child)) {
                return Optional.of(new Problem(child, "an alias (*name) refers to a value that contains it, so "
                        + "the value would never end"));
            }
            if (++values > maxValues) {
                // Point at the top-level value that grew too large, not somewhere inside its expansion.
                Node top = path.size() >= 2 ? topLevel(path) : child;
                return Optional.of(new Problem(top, "its aliases (*name) expand it to more than " + maxValues
                        + " values"));
            }
            onPath.add(child);
            path.push(child);
            pending.push(children(child).iterator());
        }
        return Optional.empty();
    }

    private static Node topLevel(Deque<Node> path) {
        Iterator<Node> fromRoot = path.descendingIterator();
        fromRoot.next();
        return fromRoot.next();
    }

    private static List<Node> children(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof MappingNode map) {
            List<Node> nodes = new ArrayList<>(map.getValue().size() * 2);
            for (NodeTuple t : map.getValue()) {
                nodes.add(t.getKeyNode());
                nodes.add(t.getValueNode());
            }
            return nodes;
        }
        return List.of();
    }
}
