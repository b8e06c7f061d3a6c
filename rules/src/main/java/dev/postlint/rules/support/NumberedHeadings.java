package dev.postlint.rules.support;

import dev.postlint.core.markdown.Heading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbered headings grouped into sequences: headings of one level under the same parent heading.
 * Numbering restarts under each parent, so "1." under two different sections are two sequences.
 */
public final class NumberedHeadings {
    /** A heading that starts with a number label. */
    public record Numbered(Heading heading, NumberedLabel label) {
    }

    private NumberedHeadings() {
    }

    public static List<List<Numbered>> sequences(List<Heading> headings) {
        Map<String, List<Numbered>> groups = new LinkedHashMap<>();
        Heading[] openAtLevel = new Heading[7];
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            Heading parent = null;
            for (int level = h.level() - 1; level >= 1 && parent == null; level--) {
                parent = openAtLevel[level];
            }
            openAtLevel[h.level()] = h;
            for (int level = h.level() + 1; level < openAtLevel.length; level++) {
                openAtLevel[level] = null;
            }
            Optional<NumberedLabel> label = NumberedLabel.parse(h.text());
            if (label.isPresent()) {
                String key = h.level() + "@" + (parent == null ? "-" : parent.position().toString());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Numbered(h, label.get()));
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** The longest sequence: the post's main numbered sections ("#1" to "#7"), if there are at least two. */
    public static Optional<List<Numbered>> main(List<Heading> headings) {
        return sequences(headings).stream()
                .filter(s -> s.size() >= 2)
                .max(Comparator.comparingInt(List::size));
    }
}
