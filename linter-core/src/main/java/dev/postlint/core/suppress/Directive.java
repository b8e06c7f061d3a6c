package dev.postlint.core.suppress;

import dev.postlint.core.source.Position;
import java.util.List;

/**
 * One instruction to postlint written in a post: a {@code <!-- postlint-disable ... -->} comment and
 * its kin, or the front matter's {@code postlint: {disable: [...]}}. Without names it is about every
 * rule. {@code lastLine} is the line the comment ends on; {@code inFrontMatter} tells the front matter's
 * list from a comment.
 */
public record Directive(Kind kind, List<Name> names, Position at, int lastLine, boolean inFrontMatter) {
    public enum Kind {
        DISABLE("postlint-disable"), ENABLE("postlint-enable"), DISABLE_LINE("postlint-disable-line"),
        DISABLE_NEXT_LINE("postlint-disable-next-line"), DISABLE_FILE("postlint-disable-file"),
        /** A comment starting {@code postlint-} with a keyword postlint does not know; its one name is that keyword. */
        UNKNOWN("");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The word as written in a comment. */
        public String keyword() {
            return keyword;
        }
    }

    /** A rule id or category name as written, and where. */
    public record Name(String id, Position at) {
    }

    public Directive {
        names = List.copyOf(names);
    }

    public boolean isAboutEveryRule() {
        return names.isEmpty();
    }
}
