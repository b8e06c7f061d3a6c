package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads TOML front matter (between {@code +++} lines) with tomlj, which gives each key's line and
 * column; where each value starts and ends is then read off the source next to its key.
 */
final class TomlFrontMatter {
    private final SourceText source;
    private final FrontMatterBlock block;

    private TomlFrontMatter(SourceText source, FrontMatterBlock block) {
        this.source = source;
        this.block = block;
    }

    static void read(SourceText source, FrontMatterBlock block, List<FrontMatterValue> entries,
                     List<FrontMatterProblem> problems) {
        new TomlFrontMatter(source, block).read(entries, problems);
    }

    private void read(List<FrontMatterValue> entries, List<FrontMatterProblem> problems) {
        TomlParseResult result = Toml.parse(source.text().substring(block.contentStart(), block.contentEnd()));
        boolean fatal = false;
        for (TomlParseError error : result.errors()) {
            Position at = position(error.position());
            String message = error.getMessage();
            if (message.contains(" previously defined at line ")) {
                int line = Integer.parseInt(message.replaceFirst(".* previously defined at line (\\d+).*", "$1"));
                String key = message.replaceFirst(" previously defined.*", "");
                problems.add(FrontMatterProblem.duplicateKey(key, at, new Position(line + block.firstContentLine() - 1, 1),
                        "TOML forbids that, so Hugo and Zola stop with an error"));
            } else {
                problems.add(new FrontMatterProblem(at, "Front matter is not valid TOML: " + message + ".", true));
                fatal = true;
            }
        }
        if (!fatal) {
            entries.addAll(values(result, ""));
        }
    }

    private List<FrontMatterValue> values(TomlTable table, String prefix) {
        List<FrontMatterValue> values = new ArrayList<>();
        for (String key : table.keySet()) {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            TomlPosition keyAt = table.inputPositionOf(List.of(key));
            if (keyAt == null) {
                continue;
            }
            Position keyPosition = position(keyAt);
            values.add(value(path, keyPosition, table.get(List.of(key)), valueStart(offset(keyAt))));
        }
        return values;
    }

    private FrontMatterValue value(String path, Position keyPosition, Object value, int start) {
        if (value instanceof TomlTable table) {
            // A [table] header or an inline table: its entries carry their own positions.
            int end = isInlineTable(start) ? TomlSpans.end(source.text(), start) : start;
            return new FrontMatterValue(path, keyPosition, FrontMatterValue.Kind.MAPPING, FrontMatterValue.Style.PLAIN,
                    null, source, start, end, start, end, values(table, path));
        }
        int end = TomlSpans.end(source.text(), start);
        if (value instanceof TomlArray array) {
            return new FrontMatterValue(path, keyPosition, FrontMatterValue.Kind.SEQUENCE, FrontMatterValue.Style.PLAIN,
                    null, source, start, end, start, end, items(path, array, start));
        }
        FrontMatterValue.Kind kind;
        String text;
        if (value instanceof String s) {
            kind = FrontMatterValue.Kind.STRING;
            text = s;
        } else if (value instanceof Boolean) {
            kind = FrontMatterValue.Kind.BOOLEAN;
            text = String.valueOf(value);
        } else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof LocalTime) {
            kind = FrontMatterValue.Kind.DATE;
            text = source.text().substring(start, end).strip();
        } else {
            kind = FrontMatterValue.Kind.NUMBER;
            text = source.text().substring(start, end).strip();
        }
        int quote = TomlSpans.quoteLength(source.text(), start);
        FrontMatterValue.Style style = quote == 3 ? FrontMatterValue.Style.BLOCK
                : quote == 1 ? FrontMatterValue.Style.QUOTED : FrontMatterValue.Style.PLAIN;
        int contentStart = start + quote;
        if (quote == 3 && contentStart < source.length() && source.text().charAt(contentStart) == '\n') {
            contentStart++;
        } else if (quote == 3 && source.text().startsWith("\r\n", contentStart)) {
            contentStart += 2;
        }
        return new FrontMatterValue(path, keyPosition, kind, style, text, source, start, end, contentStart,
                end - quote, List.of());
    }

    private List<FrontMatterValue> items(String path, TomlArray array, int arrayStart) {
        List<FrontMatterValue> items = new ArrayList<>();
        List<Integer> starts = TomlSpans.itemStarts(source.text(), arrayStart);
        for (int i = 0; i < array.size() && i < starts.size(); i++) {
            int start = starts.get(i);
            items.add(value(path + "[" + i + "]", source.position(start), array.get(i), start));
        }
        return items;
    }

    private boolean isInlineTable(int start) {
        return start < source.length() && source.text().charAt(start) == '{';
    }

    /** Just after {@code key =} and its spaces; for a [table] header, the header itself. */
    private int valueStart(int keyOffset) {
        String text = source.text();
        if (text.charAt(keyOffset) == '[') {
            return keyOffset;
        }
        int i = TomlSpans.skipKey(text, keyOffset);
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '=') {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private Position position(TomlPosition p) {
        return source.position(offset(p));
    }

    private int offset(TomlPosition p) {
        return source.offsetOfCodePointColumn(block.firstContentLine(), p.line() - 1, p.column() - 1);
    }
}
