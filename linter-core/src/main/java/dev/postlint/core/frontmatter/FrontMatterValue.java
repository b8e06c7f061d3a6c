package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A value in the front matter, with enough of its source to point at text inside it: a year in the
 * middle of a description is reported on its own line and column, not at the key.
 */
public final class FrontMatterValue {
    private final String key;
    private final Node node;
    private final Position keyPosition;
    private final SourceText source;
    private final int firstLine;
    private final int startOffset;
    private final int endOffset;

    FrontMatterValue(String key, Node node, Position keyPosition, SourceText source, int firstLine) {
        this.key = key;
        this.node = node;
        this.keyPosition = keyPosition;
        this.source = source;
        this.firstLine = firstLine;
        this.startOffset = offsetOf(node.getStartMark().getLine(), node.getStartMark().getColumn());
        this.endOffset = offsetOf(node.getEndMark().getLine(), node.getEndMark().getColumn());
    }

    private int offsetOf(int line0, int column) {
        return source.offsetOfCodePointColumn(firstLine, line0, column);
    }

    /** The dotted path of this value, e.g. {@code title} or {@code header.image}. */
    public String key() {
        return key;
    }

    public Position keyPosition() {
        return keyPosition;
    }

    /** Where the value's text begins (its quote or block indicator included). */
    public Position start() {
        return source.position(startOffset);
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** True for an explicit or implicit YAML null ({@code key:}, {@code ~}, {@code null}). */
    public boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** True for a scalar that YAML reads as a string (quoted, block, or plain text that is no number, bool or date). */
    public boolean isString() {
        return node instanceof ScalarNode && Tag.STR.equals(node.getTag());
    }

    public boolean isBlockScalar() {
        return node instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
    }

    public boolean isQuoted() {
        return node instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED);
    }

    /** The scalar's value as YAML reads it (escapes resolved, lines folded), or empty for collections. */
    public Optional<String> text() {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    /** The value exactly as written in the file. */
    public String rawText() {
        return source.text().substring(startOffset, Math.max(startOffset, endOffset));
    }

    /** The items of a sequence value. */
    public List<FrontMatterValue> items() {
        List<FrontMatterValue> items = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node item = seq.getValue().get(i);
                items.add(new FrontMatterValue(key + "[" + i + "]", item, positionOf(item), source, firstLine));
            }
        }
        return items;
    }

    /** The entries of a mapping value, keys as dotted paths. */
    public List<FrontMatterValue> entries() {
        List<FrontMatterValue> entries = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k) {
                    entries.add(new FrontMatterValue(key + "." + k.getValue(), tuple.getValueNode(),
                            positionOf(k), source, firstLine));
                }
            }
        }
        return entries;
    }

    private Position positionOf(Node n) {
        return source.position(offsetOf(n.getStartMark().getLine(), n.getStartMark().getColumn()));
    }

    /**
     * Where the first character of the value's content sits: inside the quotes, or on the first line
     * after a block scalar's indicator.
     */
    public Position contentStart() {
        if (isQuoted()) {
            return source.position(startOffset + 1);
        }
        if (isBlockScalar()) {
            Position indicator = start();
            if (indicator.line() < source.lineCount()) {
                int next = source.lineStart(indicator.line() + 1);
                String line = source.line(indicator.line() + 1);
                int indent = line.length() - line.stripLeading().length();
                return source.position(line.isBlank() ? next : next + indent);
            }
        }
        return start();
    }

    /**
     * Where the character at {@code index} of {@link #text()} sits in the file. The text
     * {@code needle} starting there is looked up in the value as written; when escapes or folding
     * make that impossible, the position of the value's content is returned.
     */
    public Position locate(int index, String needle) {
        String value = text().orElse("");
        if (needle.isEmpty() || index < 0 || index > value.length()) {
            return contentStart();
        }
        int occurrence = 0;
        for (int i = value.indexOf(needle); i >= 0 && i < index; i = value.indexOf(needle, i + needle.length())) {
            occurrence++;
        }
        String raw = rawText();
        int found = -1;
        for (int n = 0, from = 0; n <= occurrence; n++) {
            found = raw.indexOf(needle, from);
            if (found < 0) {
                return contentStart();
            }
            from = found + needle.length();
        }
        return source.position(startOffset + found);
    }

    /** Where the value's text ends in the file (just before a closing quote). */
    public Position contentEnd() {
        int end = endOffset;
        if (isQuoted() && end > startOffset) {
            end--;
        }
        while (end > startOffset && (source.text().charAt(end - 1) == '\n' || source.text().charAt(end - 1) == '\r')) {
            end--;
        }
        return source.position(Math.max(startOffset, end - 1));
    }

    Node node() {
        return node;
    }
}
