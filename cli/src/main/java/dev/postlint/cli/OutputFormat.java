package dev.postlint.cli;

/** Report formats the CLI writes. */
enum OutputFormat {
    text, json
}
