package dev.postlint.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void theLongestLiteralIsTheTextBetweenWildcards() {
        assertEquals("/node_modules/", Glob.longestLiteral("**/node_modules/**"));
        assertEquals("/.", Glob.longestLiteral("**/.*/**"));
        assertEquals(".md", Glob.longestLiteral("**/*.md"));
        assertEquals("drafts/", Glob.longestLiteral("drafts/?ü*.md"));
        assertEquals("", Glob.longestLiteral("**/*.{md,markdown}"));
        assertEquals("", Glob.longestLiteral("[ab].md"));
        assertEquals("", Glob.longestLiteral("a\\*b"));
    }

    /** On any glob and path of these characters, the same answer as the file system's own matcher. */
    @Property(tries = 10000)
    void answersAsTheFileSystemsMatcher(
            @ForAll @StringLength(min = 1, max = 8) @Chars({'*', '?', '/', '.', 'a', 'A', 'ü', '{', '}', ',', '[', ']',
                    '\\', '!'}) String glob,
            @ForAll @StringLength(max = 8) @Chars({'/', '.', 'a', 'A', 'ü', '*', '{', ','}) String path) {
        PathMatcher own;
        try {
            own = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            Assume.that(false);
            return;
        }
        Path p = Path.of(path);
        assertEquals(own.matches(p), Glob.of(glob).matches(p), glob + " on " + p);
    }
}
