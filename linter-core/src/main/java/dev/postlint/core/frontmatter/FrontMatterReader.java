package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Reads a post's front matter, YAML, TOML or JSON, into one model with positions for every key and value. */
public final class FrontMatterReader {
    private FrontMatterReader() {
    }

    public static FrontMatter read(SourceText source) {
        FrontMatterBlock block = FrontMatterBlock.locate(source);
        List<FrontMatterProblem> problems = new ArrayList<>();
        List<FrontMatterValue> entries = new ArrayList<>();
        if (!block.closed()) {
            problems.add(new FrontMatterProblem(Position.START, unclosed(block.format()), true));
        } else {
            switch (block.format()) {
                case YAML -> YamlFrontMatter.read(source, block, entries, problems);
                case TOML -> TomlFrontMatter.read(source, block, entries, problems);
                case JSON -> JsonFrontMatter.read(source, block, entries, problems);
                case NONE -> { }
            }
        }
        return new FrontMatter(block, entries, problems);
    }

    private static String unclosed(FrontMatterFormat format) {
        return switch (format) {
            case TOML -> "Front matter starts with '+++' on line 1 but has no closing '+++' line, so the whole file "
                    + "is read as text.";
            case JSON -> "Front matter starts with '{' on line 1 but its closing '}' is missing, so the whole file is "
                    + "read as text.";
            default -> "Front matter starts with '---' on line 1 but has no closing '---' line, so the whole file is "
                    + "read as text.";
        };
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
