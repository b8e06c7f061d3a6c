package dev.postlint.core;

import dev.postlint.core.config.Config;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.site.SiteLinks;
import java.util.List;
import java.util.function.Function;

/** Every post of the run, for rules that compare posts with each other or follow links between them. */
public final class Site {
    private final List<Post> posts;
    private final Config config;
    private final SiteLinks links;

    public Site(List<Post> posts, Config config, ProgressListener progress, Function<String, String> environment) {
        this.posts = List.copyOf(posts);
        this.config = config;
        this.links = new SiteLinks(this.posts, config, progress, environment);
    }

    public Site(List<Post> posts, Config config) {
        this(posts, config, ProgressListener.NONE, System::getenv);
    }

    public List<Post> posts() {
        return posts;
    }

    public Config config() {
        return config;
    }

    /** Link resolution, anchors and external link results, built on first use and shared by all rules. */
    public SiteLinks links() {
        return links;
    }
}
