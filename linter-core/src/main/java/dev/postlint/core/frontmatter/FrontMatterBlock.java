package dev.postlint.core.frontmatter;

import dev.postlint.core.source.SourceText;

/**
 * Where the front matter sits in a file. {@code contentStart}..{@code contentEnd} is the text between
 * the delimiter lines; {@code bodyStart} is where the Markdown begins. {@code closed} is false when the
 * opening delimiter has no closing one, in which case the whole file is treated as the body.
 */
public record FrontMatterBlock(FrontMatterFormat format, int contentStart, int contentEnd, int bodyStart,
                               int firstContentLine, boolean closed) {

    public static FrontMatterBlock none() {
        return new FrontMatterBlock(FrontMatterFormat.NONE, 0, 0, 0, 1, true);
    }

    /** Finds front matter the way Jekyll and Hugo do: a delimiter on the very first line. */
    public static FrontMatterBlock locate(SourceText source) {
        if (source.length() == 0) {
            return none();
        }
        String first = source.line(1).stripTrailing();
        if (first.matches("\\{\\s*(\".*|})?")) {
            return json(source);
        }
        // Jekyll wants '---' on the very first line; Zola and Hugo also accept blank lines before '+++'.
        int open = 1;
        while (open < source.lineCount() && source.line(open).isBlank()) {
            open++;
        }
        FrontMatterFormat format;
        if (first.equals("---")) {
            format = FrontMatterFormat.YAML;
        } else if (source.line(open).stripTrailing().equals("+++")) {
            format = FrontMatterFormat.TOML;
        } else {
            return none();
        }
        if (format == FrontMatterFormat.YAML) {
            open = 1;
        }
        int firstContentLine = open + 1;
        if (source.lineCount() <= open) {
            return new FrontMatterBlock(format, source.length(), source.length(), 0, firstContentLine, false);
        }
        int contentStart = source.lineStart(firstContentLine);
        for (int line = firstContentLine; line <= source.lineCount(); line++) {
            String text = source.line(line).stripTrailing();
            boolean closes = format == FrontMatterFormat.YAML
                    ? text.equals("---") || text.equals("...")
                    : text.equals("+++");
            if (closes) {
                int bodyStart = line < source.lineCount() ? source.lineStart(line + 1) : source.length();
                return new FrontMatterBlock(format, contentStart, source.lineStart(line), bodyStart, firstContentLine, true);
            }
        }
        return new FrontMatterBlock(format, contentStart, source.length(), 0, firstContentLine, false);
    }

    /** Hugo's JSON front matter: the object that opens the file, up to its matching brace. */
    private static FrontMatterBlock json(SourceText source) {
        String text = source.text();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                int line = source.position(i).line();
                int bodyStart = line < source.lineCount() ? source.lineStart(line + 1) : source.length();
                return new FrontMatterBlock(FrontMatterFormat.JSON, 0, i + 1, bodyStart, 1, true);
            }
        }
        return new FrontMatterBlock(FrontMatterFormat.JSON, 0, text.length(), 0, 1, false);
    }
}
