package dev.postlint.core;

import dev.postlint.core.config.Config;
import java.util.List;

/** Every post of the run, for rules that compare posts with each other. */
public record Site(List<Post> posts, Config config) {
    public Site {
        posts = List.copyOf(posts);
    }
}
