package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads YAML front matter with SnakeYAML's node API so every key and value keeps its position. */
public final class FrontMatterReader {
        private FrontMatterReader() {
    }

    public static FrontMatter read(SourceText source) {
        FrontMatterBlock block = FrontMatterBlock.locate(source);
        List<FrontMatterProblem> problems = new ArrayList<>();
        List<FrontMatterValue> entries = new ArrayList<>();
        if (block.format() == FrontMatterFormat.YAML) {
            if (!block.closed()) {
                problems.add(new FrontMatterProblem(Position.START, "Front matter starts with '---' on line 1 but has no closing '---' line, so the whole file is read as text.", true));
            } else {
                readYaml(source, block, entries, problems);
            }
        }
        return new FrontMatter(block, entries, problems);
    }

    private static void readYaml(SourceText source, FrontMatterBlock block, List<FrontMatterValue> entries,
                                 List<FrontMatterProblem> problems) {
        String yamlText = source.text().substring(block.contentStart(), block.contentEnd());
        Node root;
        try {
            root = newYaml().compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.START
                    : source.position(source.offsetOfCodePointColumn(block.firstContentLine(), mark.getLine(), mark.getColumn()));
            problems.add(new FrontMatterProblem(at, "Front matter is not valid YAML: " + describe(e) + ".", true));
            return;
        } catch (YAMLException e) {
            problems.add(new FrontMatterProblem(new Position(block.firstContentLine(), 1),
                    "Front matter is not valid YAML: " + firstLine(e.getMessage()) + ".", true));
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode map)) {
            Mark mark = root.getStartMark();
            problems.add(new FrontMatterProblem(
                    source.position(source.offsetOfCodePointColumn(block.firstContentLine(), mark.getLine(), mark.getColumn())),
                    "Front matter must be a list of 'key: value' lines, but this is a "
                            + (root instanceof ScalarNode ? "single value" : "list") + ".", true));
            return;
        }
        Map<String, Position> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                continue;
            }
            Mark km = keyNode.getStartMark();
            Position keyPos = source.position(source.offsetOfCodePointColumn(block.firstContentLine(), km.getLine(), km.getColumn()));
            Position earlier = seen.putIfAbsent(keyNode.getValue(), keyPos);
            if (earlier != null) {
                problems.add(new FrontMatterProblem(keyPos, "The key '" + keyNode.getValue()
                        + "' appears twice (first on line " + earlier.line() + "); only the last one counts.", false));
            }
            entries.add(new FrontMatterValue(keyNode.getValue(), tuple.getValueNode(), keyPos, source,
                    block.firstContentLine()));
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage());
        String context = e.getContext();
        return context != null ? problem + " (" + context + ")" : problem;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
