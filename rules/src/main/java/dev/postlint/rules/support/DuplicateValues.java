package dev.postlint.rules.support;

import dev.postlint.core.RelatedLocation;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds posts of one language sharing a front-matter text (trimmed, case-folded) and reports each one
 * with the others as related.
 */
public final class DuplicateValues {
    private record Occurrence(PostSummary post, PostSummary.Field value) {
    }

    private DuplicateValues() {
    }

    public static void check(Site site, String field, RuleContext context) {
        check(site, field, post -> true, context);
    }

    /** As above, over the pages {@code judged} accepts only. */
    public static void check(Site site, String field, java.util.function.Predicate<PostSummary> judged,
                             RuleContext context) {
        Map<String, List<Occurrence>> byValue = new LinkedHashMap<>();
        for (PostSummary post : site.pages()) {
            if (!judged.test(post)) {
                continue;
            }
            post.field(field).ifPresent(v -> {
                String text = v.text().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
                if (!text.isEmpty()) {
                    // Translations of a page share its title in another language section; only compare within one.
                    String key = post.language().orElse("") + "\u0000" + text;
                    byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(post, v));
                }
            });
        }
        for (List<Occurrence> same : byValue.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Occurrence o : same) {
                List<RelatedLocation> others = new ArrayList<>();
                for (Occurrence other : same) {
                    if (other != o) {
                        others.add(context.related(other.post(), other.value().start(), "the same " + field));
                    }
                }
                context.report(o.post(), o.value().start(), "Another post has the same " + field + " ("
                        + others.get(0).file() + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "")
                        + "); search engines show only one of them and readers cannot tell them apart. Make each "
                        + field + " unique.", others);
            }
        }
    }
}
