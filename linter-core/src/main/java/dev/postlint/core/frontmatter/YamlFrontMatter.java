package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads YAML front matter with SnakeYAML's node API, so every key and value keeps its position. */
final class YamlFrontMatter {
    /**
     * Composing nodes only reads the options and the resolver, so all threads share them; a {@code Yaml} and its
     * constructor, made per post before, cost a cold run of 300 posts about 2 % of its time and were never used.
     */
    private static final LoaderOptions OPTIONS = loaderOptions();
    private static final Resolver RESOLVER = new Resolver();

    private final SourceText source;
    private final FrontMatterBlock block;

    private YamlFrontMatter(SourceText source, FrontMatterBlock block) {
        this.source = source;
        this.block = block;
    }

    static void read(SourceText source, FrontMatterBlock block, List<FrontMatterValue> entries,
                     List<FrontMatterProblem> problems) {
        new YamlFrontMatter(source, block).read(entries, problems);
    }

    private void read(List<FrontMatterValue> entries, List<FrontMatterProblem> problems) {
        String yamlText = source.text().substring(block.contentStart(), block.contentEnd());
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(yamlText)), OPTIONS), RESOLVER, OPTIONS)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.START : source.position(offset(mark));
            problems.add(new FrontMatterProblem(at, "Front matter is not valid YAML: " + describe(e) + ".", true));
            return;
        } catch (YAMLException e) {
            problems.add(new FrontMatterProblem(new Position(block.firstContentLine(), 1),
                    "Front matter is not valid YAML: " + FrontMatterReader.firstLine(e.getMessage()) + ".", true));
            return;
        }
        if (root == null) {
            return;
        }
        Optional<YamlLimits.Problem> tooMuch = YamlLimits.check(root);
        if (tooMuch.isPresent()) {
            problems.add(new FrontMatterProblem(source.position(offset(tooMuch.get().node().getStartMark())),
                    "Front matter cannot be read: " + tooMuch.get().reason() + ".", true));
            return;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new FrontMatterProblem(source.position(offset(root.getStartMark())),
                    "Front matter must be a list of 'key: value' lines, but this is a "
                            + (root instanceof ScalarNode ? "single value" : "list") + ".", true));
            return;
        }
        Map<String, Position> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                continue;
            }
            Position keyPos = source.position(offset(keyNode.getStartMark()));
            Position earlier = seen.putIfAbsent(keyNode.getValue(), keyPos);
            if (earlier != null) {
                problems.add(FrontMatterProblem.duplicateKey(keyNode.getValue(), keyPos, earlier));
            }
            entries.add(value(keyNode.getValue(), keyPos, tuple.getValueNode()));
        }
    }

    private FrontMatterValue value(String key, Position keyPosition, Node node) {
        int start = offset(node.getStartMark());
        int end = offset(node.getEndMark());
        List<FrontMatterValue> children = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node item = seq.getValue().get(i);
                children.add(value(key + "[" + i + "]", source.position(offset(item.getStartMark())), item));
            }
            return new FrontMatterValue(key, keyPosition, FrontMatterValue.Kind.SEQUENCE, FrontMatterValue.Style.PLAIN,
                    null, source, start, end, start, end, children);
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k) {
                    children.add(value(key + "." + k.getValue(), source.position(offset(k.getStartMark())),
                            tuple.getValueNode()));
                }
            }
            return new FrontMatterValue(key, keyPosition, FrontMatterValue.Kind.MAPPING, FrontMatterValue.Style.PLAIN,
                    null, source, start, end, start, end, children);
        }
        ScalarNode scalar = (ScalarNode) node;
        FrontMatterValue.Style style = switch (scalar.getScalarStyle()) {
            case DOUBLE_QUOTED, SINGLE_QUOTED -> FrontMatterValue.Style.QUOTED;
            case LITERAL, FOLDED -> FrontMatterValue.Style.BLOCK;
            default -> FrontMatterValue.Style.PLAIN;
        };
        int contentStart = start;
        int contentEnd = end;
        if (style == FrontMatterValue.Style.QUOTED) {
            contentStart = start + 1;
            contentEnd = Math.max(contentStart, end - 1);
        } else if (style == FrontMatterValue.Style.BLOCK) {
            contentStart = blockContentStart(start);
        }
        return new FrontMatterValue(key, keyPosition, kind(scalar.getTag()), style, scalar.getValue(), source, start,
                end, contentStart, contentEnd, List.of());
    }

    /** The first line after a block scalar's indicator, at its indentation. */
    private int blockContentStart(int indicator) {
        int line = source.position(indicator).line();
        if (line >= source.lineCount()) {
            return indicator;
        }
        int next = source.lineStart(line + 1);
        String text = source.line(line + 1);
        int indent = text.length() - text.stripLeading().length();
        return text.isBlank() ? next : next + indent;
    }

    private static FrontMatterValue.Kind kind(Tag tag) {
        if (Tag.NULL.equals(tag)) {
            return FrontMatterValue.Kind.NULL;
        }
        if (Tag.BOOL.equals(tag)) {
            return FrontMatterValue.Kind.BOOLEAN;
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return FrontMatterValue.Kind.NUMBER;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return FrontMatterValue.Kind.DATE;
        }
        return FrontMatterValue.Kind.STRING;
    }

    private int offset(Mark mark) {
        return source.offsetOfCodePointColumn(block.firstContentLine(), mark.getLine(), mark.getColumn());
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setProcessComments(false);
        return options;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : FrontMatterReader.firstLine(e.getMessage());
        String context = e.getContext();
        return context != null ? problem + " (" + context + ")" : problem;
    }
}
