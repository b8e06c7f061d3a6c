package dev.postlint.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.PostParser;
import dev.postlint.core.links.LinkSettings;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Resolution;
import dev.postlint.core.site.SiteLinks;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.site.SlugStyle;
import dev.postlint.core.source.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving on all cores keeps the posts' order, and each post's targets in order, with only what a rule keeps. */
class ResolvedTargetsTest {
    @TempDir
    Path dir;

    @Test
    void keptTargetsComeInThePostsOrderThenTheTargetsOrder() throws Exception {
        int count = 400;
        PostParser parser = new PostParser(List.of("image"));
        List<PostSummary> posts = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "p%03d.md", i);
            String line = String.format(Locale.ROOT, "[next](p%03d.md) [web](https://example.org/%d) [gone](missing-%d.md)",
                    i + 1, i, i);
            String text = "---\ntitle: Post " + i + "\n---\n" + line + "\n";
            Path file = Files.writeString(dir.resolve(name), text);
            posts.add(PostSummary.of(parser.parse(name, file, text.getBytes(StandardCharsets.UTF_8)), SlugStyle.GITHUB));
            if (i + 1 == count) {
                expected.add(name + " " + String.format(Locale.ROOT, "p%03d.md", i + 1) + " 4:8");
            }
            expected.add(name + " missing-" + i + ".md 4:" + (line.indexOf("missing-") + 1));
        }
        SiteLinks links = new SiteLinks(posts, SiteSettings.defaults(), LinkSettings.defaults(dir, "test"),
                ProgressListener.NONE, System::getenv, file -> parser.parse(file.toString(), file, Files.readAllBytes(file)));
        List<String> kept = new ArrayList<>();
        for (ResolvedTargets.Resolved r : ResolvedTargets.kept(posts, links, PostSummary::links,
                url -> !url.startsWith("https:"), resolution -> !(resolution instanceof Resolution.Found))) {
            Position at = r.target().reference().position();
            kept.add(r.post().path() + " " + r.target().reference().url() + " " + at.line() + ":" + at.column());
        }
        assertEquals(expected, kept);
    }
}
