package dev.postlint.core.site;

import dev.postlint.core.source.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A link or image target of a post, as written, where the target starts in the file, and where the
 * link or image that uses it stands: the same place for an inline link, elsewhere for a use of a
 * reference definition ({@code [text][label]} with {@code [label]: url} further down).
 */
public record Reference(String url, Position position, Position usedAt) {
    /** A target written once and the places that use it: one definition, however many references name it. */
    public record Target(Reference reference, List<Position> uses) {
        /** Whether the target is written away from its use, in a reference definition. */
        public boolean isDefinition() {
            return uses.size() > 1 || uses.get(0).line() != reference.position().line();
        }
    }

    /** The distinct targets of a post's references, in order, with the uses of each. */
    public static List<Target> targets(List<Reference> references) {
        Map<Position, List<Reference>> byPlace = new LinkedHashMap<>();
        for (Reference r : references) {
            byPlace.computeIfAbsent(r.position(), p -> new ArrayList<>()).add(r);
        }
        List<Target> targets = new ArrayList<>();
        for (List<Reference> same : byPlace.values()) {
            List<Position> uses = new ArrayList<>(same.size());
            for (Reference use : same) {
                uses.add(use.usedAt());
            }
            targets.add(new Target(same.get(0), Collections.unmodifiableList(uses)));
        }
        return targets;
    }
}
