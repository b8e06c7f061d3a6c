package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;

/**
 * Something wrong with the front matter as YAML, TOML or JSON, and where. A fatal problem means no
 * values could be read at all; a duplicate key is not fatal.
 */
public record FrontMatterProblem(Position position, String message, boolean fatal) {
    /** A key written twice; the generators differ on which one counts, and TOML and JSON forbid it. */
    static FrontMatterProblem duplicateKey(String key, Position at, Position earlier) {
        return duplicateKey(key, at, earlier, "only the last one counts");
    }

    static FrontMatterProblem duplicateKey(String key, Position at, Position earlier, String consequence) {
        return new FrontMatterProblem(at, "The key '" + key + "' appears twice (first on line " + earlier.line()
                + "); " + consequence + ".", false);
    }
}
