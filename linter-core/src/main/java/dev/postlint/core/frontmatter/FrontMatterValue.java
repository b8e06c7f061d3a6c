package dev.postlint.core.frontmatter;

import dev.postlint.core.source.Position;
import dev.postlint.core.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * A value in the front matter, YAML, TOML or JSON alike, with enough of its source to point at text
 * inside it: a year in the middle of a description is reported on its own line and column, not at
 * the key. Offsets are into the whole file.
 */
public final class FrontMatterValue {
    /** What the format reads the value as. */
    public enum Kind { STRING, NUMBER, BOOLEAN, DATE, NULL, SEQUENCE, MAPPING }

    /** How a text is written: bare, in quotes, or as a block over several lines. */
    public enum Style { PLAIN, QUOTED, BLOCK }

    private final String key;
    private final Position keyPosition;
    private final Kind kind;
    private final Style style;
    private final String text;
    private final SourceText source;
    private final int startOffset;
    private final int endOffset;
    private final int contentStart;
    private final int contentEnd;
    private final List<FrontMatterValue> children;

    /**
     * @param text         the scalar as the format reads it (escapes resolved), null for collections
     * @param startOffset  where the value as written begins (a quote or block indicator included)
     * @param endOffset    just after the value as written
     * @param contentStart where the value's first character of content is (inside quotes, after a block indicator)
     * @param contentEnd   just after the value's last character of content
     * @param children     a sequence's items or a mapping's entries
     */
    FrontMatterValue(String key, Position keyPosition, Kind kind, Style style, String text, SourceText source,
                     int startOffset, int endOffset, int contentStart, int contentEnd, List<FrontMatterValue> children) {
        this.key = key;
        this.keyPosition = keyPosition;
        this.kind = kind;
        this.style = style;
        this.text = text;
        this.source = source;
        this.startOffset = startOffset;
        this.endOffset = Math.max(startOffset, endOffset);
        this.contentStart = contentStart;
        this.contentEnd = Math.max(contentStart, contentEnd);
        this.children = List.copyOf(children);
    }

    /** The dotted path of this value, e.g. {@code title}, {@code extra.image} or {@code tags[0]}. */
    public String key() {
        return key;
    }

    public Position keyPosition() {
        return keyPosition;
    }

    public Kind kind() {
        return kind;
    }

    /** Where the value's text begins (its quote or block indicator included). */
    public Position start() {
        return source.position(startOffset);
    }

    public boolean isScalar() {
        return kind != Kind.SEQUENCE && kind != Kind.MAPPING;
    }

    public boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    public boolean isSequence() {
        return kind == Kind.SEQUENCE;
    }

    /** True for an explicit or implicit null ({@code key:}, {@code ~}, {@code null}). */
    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** True for a value the format reads as a string, not a number, boolean or date. */
    public boolean isString() {
        return kind == Kind.STRING;
    }

    public boolean isBlockScalar() {
        return style == Style.BLOCK;
    }

    public boolean isQuoted() {
        return style == Style.QUOTED;
    }

    /** The scalar's value as the format reads it (escapes resolved, lines folded), or empty for collections. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** The value exactly as written in the file. */
    public String rawText() {
        return source.text().substring(startOffset, endOffset);
    }

    /** The items of a sequence value. */
    public List<FrontMatterValue> items() {
        return kind == Kind.SEQUENCE ? children : List.of();
    }

    /** The entries of a mapping value, keys as dotted paths. */
    public List<FrontMatterValue> entries() {
        return kind == Kind.MAPPING ? children : List.of();
    }

    /** Where the first character of the value's content sits: inside the quotes, or after a block's indicator. */
    public Position contentStart() {
        return source.position(contentStart);
    }

    /**
     * Where the character at {@code index} of {@link #text()} sits in the file. The text
     * {@code needle} starting there is looked up in the value as written; when escapes or folding
     * make that impossible, the position of the value's content is returned.
     */
    public Position locate(int index, String needle) {
        String value = text().orElse("");
        if (needle.isEmpty() || index < 0 || index > value.length()) {
            return contentStart();
        }
        int occurrence = 0;
        for (int i = value.indexOf(needle); i >= 0 && i < index; i = value.indexOf(needle, i + needle.length())) {
            occurrence++;
        }
        String raw = rawText();
        int found = -1;
        for (int n = 0, from = 0; n <= occurrence; n++) {
            found = raw.indexOf(needle, from);
            if (found < 0) {
                return contentStart();
            }
            from = found + needle.length();
        }
        return source.position(startOffset + found);
    }

    /** Where the value's last character of content is (just before a closing quote). */
    public Position contentEnd() {
        int end = contentEnd;
        while (end > contentStart && (source.text().charAt(end - 1) == '\n' || source.text().charAt(end - 1) == '\r')) {
            end--;
        }
        return source.position(Math.max(contentStart, end - 1));
    }
}
