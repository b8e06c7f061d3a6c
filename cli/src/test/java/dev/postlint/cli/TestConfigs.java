package dev.postlint.cli;

/** Configs for tests about the CLI and reports, whose tiny fixture posts would otherwise trip the length rules. */
final class TestConfigs {
    /** Turns off the rules about length and reading level, which short fixtures fail by design. */
    static final String WITHOUT_LENGTH_RULES = String.join("\n",
            "rules:",
            "  title-length: off",
            "  description-length: off",
            "  word-count: off",
            "  readability: off",
            "");

    private TestConfigs() {
    }
}
