package dev.postlint.core.frontmatter;

/** Which kind of front matter a file starts with. */
public enum FrontMatterFormat {
    /** No front matter: the whole file is Markdown. */
    NONE,
    /** YAML between {@code ---} lines (Jekyll, Hugo, Zola via YAML). */
    YAML,
    /** TOML between {@code +++} lines (Hugo, Zola). */
    TOML,
    /** A JSON object at the very start of the file (Hugo). */
    JSON
}
