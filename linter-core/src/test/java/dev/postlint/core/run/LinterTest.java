package dev.postlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.RuleSettings;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Site;
import dev.postlint.core.source.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
    /** Reports every heading; fails on posts whose title is "boom". */
    static final class HeadingRule extends RuleDefinition implements PostRule {
        HeadingRule() {
            super("every-heading", Severity.INFO, Category.HEADINGS, "test");
        }

        @Override
        public void check(Post post, RuleContext context) {
            if (post.frontMatter().text("title").orElse("").equals("boom")) {
                throw new IllegalStateException("boom");
            }
            post.body().headings().forEach(h -> context.report(post, h.position(), h.text()));
        }
    }

    /** Reports the number of posts in the site on the first post. */
    static final class CountRule extends RuleDefinition implements SiteRule {
        CountRule() {
            super("count-posts", Severity.WARNING, Category.SEO, "test");
        }

        @Override
        public void check(Site site, RuleContext context) {
            PostSummary first = site.posts().stream().min((a, b) -> a.path().compareTo(b.path())).orElseThrow();
            context.report(first, Position.START, site.posts().size() + " posts");
        }
    }

    /** Reports every link target of every post, from the posts' summaries. */
    static final class LinkTargetRule extends RuleDefinition implements SiteRule {
        LinkTargetRule() {
            super("every-link", Severity.WARNING, Category.LINKS, "test");
        }

        @Override
        public void check(Site site, RuleContext context) {
            for (PostSummary post : site.posts()) {
                post.links().forEach(l -> context.report(post, l.position(), l.url()));
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void postRulesInParallelSiteRulesOnceStableOrderAndFailuresIsolated() throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("p%02d.md", i);
            String title = i == 7 ? "boom" : "t" + i;
            Path file = Files.writeString(dir.resolve(name), "---\ntitle: " + title + "\n---\n# A\n\n## B\n");
            inputs.add(new InputFile(name, file));
        }
        inputs.add(new InputFile("gone.md", dir.resolve("gone.md")));
        Config config = Config.defaults(dir).toBuilder()
                .rules(Map.of("every-heading", new RuleSettings(false, Optional.of(Severity.ERROR), Map.of()))).build();
        RuleRegistry registry = new RuleRegistry(List.of(new HeadingRule(), new CountRule()));

        LintResult result = new Linter(config, registry, 4).run(inputs);

        assertEquals(41, result.fileCount());
        List<Finding> findings = result.findings();
        assertEquals(39 * 2 + 1 + 1, findings.size());
        assertEquals("p00.md count-posts 1:1 40 posts", describe(findings.get(0)));
        assertEquals("p00.md every-heading 4:1 A", describe(findings.get(1)));
        assertEquals("p00.md every-heading 6:1 B", describe(findings.get(2)));
        assertEquals(Severity.ERROR, findings.get(1).severity());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        assertEquals(sorted, findings);
        assertEquals(1, result.errors().size());
        assertEquals("gone.md", result.errors().get(0).file());
        assertEquals("cannot read the file (no such file)", result.errors().get(0).message());
        assertTrue(!result.errors().get(0).internal());
        // A rule that fails on a file is a finding on that file: the run, and the other rules, go on.
        assertEquals(List.of("p07.md processing-error 1:1 The rule every-heading failed on this file "
                + "(IllegalStateException); the other rules ran. Please report this."), findings.stream()
                .filter(f -> f.ruleId().equals(Linter.PROCESSING_ERROR)).map(LinterTest::describe).toList());
        assertTrue(!result.hasInternalErrors());
        assertEquals(Optional.of("t3"), result.title("p03.md"));
        assertEquals(Optional.of("# A"), result.excerpts().line("p00.md", 4), "the finding's line is kept");
        assertEquals(Optional.of("title: t0"), result.excerpts().line("p00.md", 2), "and the lines around it");
        assertEquals(Optional.empty(), result.excerpts().line("p00.md", 9));
    }

    @Test
    void aWholeCategoryIsTurnedOffButARuleOfItCanBeTurnedBackOn() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "# H\n");
        RuleRegistry registry = new RuleRegistry(List.of(new HeadingRule(), new CountRule()));
        Config seoOff = Config.defaults(dir).toBuilder()
                .categories(Map.of(Category.SEO, new RuleSettings(true, Optional.empty(), Map.of()))).build();
        LintResult result = new Linter(seoOff, registry, 1).run(List.of(new InputFile("a.md", file)));
        assertEquals(List.of("every-heading"), result.rules().stream().map(r -> r.id()).toList());
        Config backOn = seoOff.toBuilder()
                .rules(Map.of("count-posts", new RuleSettings(false, Optional.of(Severity.INFO), Map.of()))).build();
        result = new Linter(backOn, registry, 1).run(List.of(new InputFile("a.md", file)));
        assertEquals(List.of("count-posts 1 posts info", "every-heading H info"), result.findings().stream()
                .map(f -> f.ruleId() + " " + f.message() + " " + f.severity().label()).toList());
    }

    @Test
    void rulesTurnedOffDoNotRun() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "# H\n");
        Config config = Config.defaults(dir).toBuilder()
                .rules(Map.of("every-heading", new RuleSettings(true, Optional.empty(), Map.of()))).build();
        LintResult result = new Linter(config, new RuleRegistry(List.of(new HeadingRule())), 1)
                .run(List.of(new InputFile("a.md", file)));
        assertEquals(List.of(), result.findings());
        assertEquals(List.of(), result.rules());
    }

    @Test
    void aRunThatKeepsItsSummariesOnDiskReportsAndQuotesAsOneThatKeepsThemInMemory() throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = String.format("p%02d.md", i);
            Path file = Files.writeString(dir.resolve(name), "---\ntitle: t" + i + "\n---\nIntro.\n\n"
                    + "See [a](/a/" + i + "/), [b](https://example.org/ü/" + i + ") and [c][c].\n\n[c]: #c" + i + "\n");
            inputs.add(new InputFile(name, file));
        }
        RuleRegistry registry = new RuleRegistry(List.of(new LinkTargetRule()));
        Linter keeping = new Linter(Config.defaults(dir), registry, 2);
        LintResult inMemory = keeping.run(inputs);
        Linter spilling = new Linter(Config.defaults(dir), registry, 2).spillingPast(0);
        LintResult onDisk = spilling.run(inputs);

        assertEquals(0, keeping.spilled());
        assertTrue(spilling.spilled() > 0, "the run kept its summaries in memory");

        assertEquals(90, onDisk.findings().size());
        assertEquals(List.of("p17.md every-link 6:9 /a/17/", "p17.md every-link 6:22 https://example.org/ü/17",
                "p17.md every-link 8:6 #c17"), onDisk.findings().stream().filter(f -> f.file().equals("p17.md"))
                .map(LinterTest::describe).toList());
        assertEquals(inMemory.findings(), onDisk.findings());
        for (int line = 1; line <= 9; line++) {
            assertEquals(inMemory.excerpts().line("p29.md", line), onDisk.excerpts().line("p29.md", line));
        }
        assertEquals(Optional.of("[c]: #c29"), onDisk.excerpts().line("p29.md", 8));
    }

    private static String describe(Finding f) {
        return f.file() + " " + f.ruleId() + " " + f.line() + ":" + f.column() + " " + f.message();
    }
}
