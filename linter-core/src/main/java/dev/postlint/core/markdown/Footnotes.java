package dev.postlint.core.markdown;

import dev.postlint.core.source.Position;
import java.util.List;

/** A post's footnote references and definitions, each with its label and where it is written. */
public record Footnotes(List<Mark> references, List<Mark> definitions) {
    /** One {@code [^label]}, as a reference in the text or as the start of a definition. */
    public record Mark(String label, Position position) {
        /** The label as references and definitions are matched: without regard to case or runs of spaces. */
        public String key() {
            return MarkdownBody.normalizeLabel(label);
        }
    }

    public Footnotes {
        references = List.copyOf(references);
        definitions = List.copyOf(definitions);
    }
}
