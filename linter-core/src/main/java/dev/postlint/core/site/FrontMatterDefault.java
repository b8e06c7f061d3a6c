package dev.postlint.core.site;

import dev.postlint.core.io.RecordText;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Set;

/**
 * One entry of Jekyll's {@code defaults:}: front-matter keys the site gives every file in a scope (a
 * path below the site root, possibly a glob, and a type: posts, drafts, pages or a collection's name),
 * so a file in that scope has them even when its own front matter does not.
 *
 * @param root the site's root folder
 * @param path the scope's path relative to the root, "" for every file
 * @param type the scope's type, "" for every type
 * @param keys the keys the entry sets
 */
public record FrontMatterDefault(Path root, String path, String type, Set<String> keys) {
    /** As Java writes it, without the set-up of its first call (RecordText). */
    @Override
    public String toString() {
        return RecordText.of(this);
    }

    public FrontMatterDefault {
        root = root.toAbsolutePath().normalize();
        path = path.replaceAll("^/+|/+$", "");
        keys = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(keys));
    }

    public boolean appliesTo(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return false;
        }
        String rel = root.relativize(absolute).toString().replace('\\', '/');
        boolean inPath = path.isEmpty() || rel.equals(path) || rel.startsWith(path + "/")
                || path.contains("*") && globMatches(rel);
        return inPath && (type.isEmpty() || type.equals(typeOf(rel)));
    }

    /** Whether the scope's glob matches; a scope that is no valid glob matches nothing. */
    private boolean globMatches(String rel) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + path).matches(Path.of(rel));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Jekyll's type of a file: posts, drafts, a collection's name, or pages. */
    static String typeOf(String rel) {
        if (rel.startsWith("_posts/") || rel.contains("/_posts/")) {
            return "posts";
        }
        if (rel.startsWith("_drafts/") || rel.contains("/_drafts/")) {
            return "drafts";
        }
        if (rel.startsWith("_") && rel.contains("/")) {
            return rel.substring(1, rel.indexOf('/'));
        }
        return "pages";
    }
}
