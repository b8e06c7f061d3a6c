package dev.postlint.rules.support;

import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Reference;
import dev.postlint.core.site.Resolution;
import dev.postlint.core.site.SiteLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The link or image targets of every post resolved on all cores, since resolving is most of a link
 * rule's work and each post's targets resolve on their own; a rule keeps those that may need a finding
 * and reports them in the posts' order, each post's in the order of its targets.
 */
public final class ResolvedTargets {
    private ResolvedTargets() {
    }

    /** A target of a post and what it resolved to. */
    public record Resolved(PostSummary post, Reference.Target target, Resolution resolution) {
    }

    /**
     * The targets of {@code references} whose address passes {@code resolves}, resolved, with those whose
     * resolution passes {@code keeps}.
     */
    public static List<Resolved> kept(List<PostSummary> posts, SiteLinks links,
                                      Function<PostSummary, List<Reference>> references, Predicate<String> resolves,
                                      Predicate<Resolution> keeps) {
        return posts.parallelStream().flatMap(post -> {
            List<Resolved> kept = new ArrayList<>();
            for (Reference.Target target : Reference.targets(references.apply(post))) {
                String url = target.reference().url();
                if (resolves.test(url)) {
                    Resolution resolution = links.resolve(post, url);
                    if (keeps.test(resolution)) {
                        kept.add(new Resolved(post, target, resolution));
                    }
                }
            }
            return kept.stream();
        }).toList();
    }
}
