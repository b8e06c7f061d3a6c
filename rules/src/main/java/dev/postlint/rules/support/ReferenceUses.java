package dev.postlint.rules.support;

import dev.postlint.core.RelatedLocation;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Reference;
import java.util.List;

/** The uses of a target written in a reference definition, as related places of the one finding about it. */
public final class ReferenceUses {
    private ReferenceUses() {
    }

    public static List<RelatedLocation> of(PostSummary post, Reference.Target target, RuleContext context) {
        if (!target.isDefinition()) {
            return List.of();
        }
        return target.uses().stream().map(use -> context.related(post, use, "used here")).toList();
    }
}
