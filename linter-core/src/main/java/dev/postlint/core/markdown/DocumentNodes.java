package dev.postlint.core.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * All nodes below a root in document order, each before its children, as flexmark's
 * {@code getDescendants()} gives them; listed once per post, since a post's extractors each read them
 * all and flexmark's iterator costs more than the work done per node.
 */
final class DocumentNodes {
    private DocumentNodes() {
    }

    static List<Node> of(Node root) {
        List<Node> nodes = new ArrayList<>();
        Node node = root.getFirstChild();
        while (node != null) {
            nodes.add(node);
            Node next = node.getFirstChild();
            for (Node up = node; next == null && up != root; up = up.getParent()) {
                next = up.getNext();
            }
            node = next;
        }
        return Collections.unmodifiableList(nodes);
    }
}
