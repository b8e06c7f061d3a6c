package dev.postlint.core.markdown;

import dev.postlint.core.source.Position;

/**
 * A full or collapsed reference link or image ({@code [text][label]}, {@code [label][]},
 * {@code ![alt][label]}) whose label no definition in the post has, so readers see it as written, brackets
 * and all. Shortcut forms ({@code [label]}) are left out: alone they are ordinary text as often as not
 * ({@code [sic]}, {@code [ ]}).
 */
public record UndefinedReference(String written, String label, Position position) {
}
