package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;
import java.util.List;
import java.util.Optional;

/**
 * A post's front matter: where it is, its top-level values with their positions, and any problem
 * that kept it from being read.
 */
public final class FrontMatter {
    private final FrontMatterBlock block;
    private final List<FrontMatterValue> entries;
    private final List<FrontMatterProblem> problems;

    FrontMatter(FrontMatterBlock block, List<FrontMatterValue> entries, List<FrontMatterProblem> problems) {
        this.block = block;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public FrontMatterBlock block() {
        return block;
    }

    public FrontMatterFormat format() {
        return block.format();
    }

    public boolean isPresent() {
        return block.format() != FrontMatterFormat.NONE;
    }

    /** True when the front matter (YAML, TOML or JSON) parsed into a mapping, so its values can be checked. */
    public boolean isReadable() {
        return isPresent() && block.closed() && problems.stream().noneMatch(FrontMatterProblem::fatal);
    }

    public List<FrontMatterValue> entries() {
        return entries;
    }

    public List<FrontMatterProblem> problems() {
        return problems;
    }

    /** Looks up a value by key; dots reach into nested mappings ({@code header.image}). */
    public Optional<FrontMatterValue> get(String dottedKey) {
        List<FrontMatterValue> level = entries;
        String path = "";
        String[] parts = dottedKey.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            path = path.isEmpty() ? parts[i] : path + "." + parts[i];
            FrontMatterValue match = null;
            for (FrontMatterValue v : level) {
                if (v.key().equals(path)) {
                    match = v;
                }
            }
            if (match == null) {
                return Optional.empty();
            }
            if (i == parts.length - 1) {
                return Optional.of(match);
            }
            level = match.entries();
        }
        return Optional.empty();
    }

    /** The scalar text of a key, if it is set to a scalar. */
    public Optional<String> text(String dottedKey) {
        return get(dottedKey).flatMap(FrontMatterValue::text);
    }

    /** Where to report something about the front matter as a whole: its first line. */
    public Position anchor() {
        return Position.START;
    }
}
