package dev.postlint.core.site;

import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.links.ProgressListener;
import java.util.List;
import java.util.function.Function;

/** Every post of the run, as summaries, for rules that compare posts with each other or follow links between them. */
public final class Site {
    private final List<PostSummary> posts;
    private final SiteLinks links;

    public Site(List<PostSummary> posts, SiteSettings settings, LinkSettings linkSettings, ProgressListener progress,
                Function<String, String> environment, PostReader reader) {
        this.posts = List.copyOf(posts);
        this.links = new SiteLinks(this.posts, settings, linkSettings, progress, environment, reader);
    }

    public List<PostSummary> posts() {
        return posts;
    }

    /** The posts the generator renders as pages of their own, for rules that judge whole pages. */
    public List<PostSummary> pages() {
        return posts.stream().filter(PostSummary::isPage).toList();
    }

    /** The folders whose content the site rules' answers depended on, for telling when those answers still hold. */
    public java.util.Set<java.nio.file.Path> consultedFolders() {
        return links.consultedFolders();
    }

    /** Link resolution, anchors and external link results, built on first use and shared by all rules. */
    public SiteLinks links() {
        return links;
    }
}
