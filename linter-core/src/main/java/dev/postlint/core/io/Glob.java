package dev.postlint.core.io;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob of the default file system that does not run its regular expression on a path lacking the glob's longest
 * literal part: a run of files tests each against every include and exclude glob, and most excludes
 * ({@code **}{@code /node_modules/**}) cannot match most paths. Answers exactly as the file system's own matcher.
 */
public final class Glob implements PathMatcher {
    /**
     * Literal parts are looked for only where the file system's globs are case-sensitive and separate names with
     * {@code /} as its paths do; otherwise a path may match a glob without holding its letters as they are.
     */
    private static final boolean LITERAL = FileSystems.getDefault().getSeparator().equals("/")
            && !FileSystems.getDefault().getPathMatcher("glob:A").matches(Path.of("a"));

    private final PathMatcher matcher;
    private final String literal;

    private Glob(PathMatcher matcher, String literal) {
        this.matcher = matcher;
        this.literal = literal;
    }

    /** The glob; throws as {@code FileSystem.getPathMatcher} does for one that is not valid. */
    public static Glob of(String glob) {
        return new Glob(FileSystems.getDefault().getPathMatcher("glob:" + glob), LITERAL ? longestLiteral(glob) : "");
    }

    @Override
    public boolean matches(Path path) {
        return (literal.isEmpty() || path.toString().contains(literal)) && matcher.matches(path);
    }

    /**
     * The longest run of ASCII characters that every match holds as it is: the glob's text between its wildcards.
     * None for a glob with groups, classes or escapes, whose text is no literal.
     */
    static String longestLiteral(String glob) {
        String longest = "";
        int start = 0;
        for (int i = 0; i <= glob.length(); i++) {
            char c = i < glob.length() ? glob.charAt(i) : '*';
            if (c == '{' || c == '[' || c == '\\') {
                return "";
            }
            if (c == '*' || c == '?' || c >= 128) {
                if (i - start > longest.length()) {
                    longest = glob.substring(start, i);
                }
                start = i + 1;
            }
        }
        return longest;
    }
}
