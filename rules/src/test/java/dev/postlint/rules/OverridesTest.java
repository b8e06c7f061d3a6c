package dev.postlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.Linter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config's per-path overrides, through the engine with real rules of one post and of many. */
class OverridesTest {
    @TempDir
    Path dir;

    @Test
    void overridesSetRulesAndFrontMatterPerPathForPostAndCrossPostRules() throws Exception {
        SiteTester.write(dir, ".postlint.yml", """
                frontMatter: {required: [title, description]}
                overrides:
                  - files: ["legacy/**"]
                    rules: {inline-style: off, duplicate-title: info}
                    frontMatter: {required: [title]}
                """);
        String styled = "---\ntitle: Same\n---\n<b style=\"x\">y</b>\n";
        SiteTester.write(dir, "posts/new.md", styled);
        SiteTester.write(dir, "legacy/old.md", styled);
        RuleRegistry registry = new RuleRegistry(List.of(new InlineStyleRule(), new DuplicateTitleRule(),
                new FrontMatterRequiredRule()));
        Config config = new ConfigLoader(registry).load(dir.resolve(".postlint.yml"));
        config = config.toBuilder().links(config.links().offline()).build();
        var result = new Linter(config, registry, 2).run(new FileCollector(config, dir).collect(List.of(".")));
        assertEquals(List.of(
                "legacy/old.md 2:8 duplicate-title info",
                "posts/new.md 1:1 front-matter-required error",
                "posts/new.md 2:8 duplicate-title warning",
                "posts/new.md 4:4 inline-style error"), result.findings().stream()
                .map(f -> f.file() + " " + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.severity().label())
                .toList());
    }
}
