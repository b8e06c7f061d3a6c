package dev.postlint.rules;

import dev.postlint.core.Finding;
import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import dev.postlint.core.config.Config;
import dev.postlint.core.frontmatter.FrontMatterSettings;
import dev.postlint.core.config.RuleSettings;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.run.CollectingContext;
import dev.postlint.core.run.SourceExcerpts;
import dev.postlint.core.site.SiteSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one rule on a fixture post written in the test, the way the engine does. */
final class RuleTester {
    private RuleTester() {
    }

    static List<Finding> check(PostRule rule, String fileName, String text) {
        return check(rule, fileName, text, Map.of(), FrontMatterSettings.defaults());
    }

    static List<Finding> check(PostRule rule, String fileName, String text, Map<String, Object> options) {
        return check(rule, fileName, text, options, FrontMatterSettings.defaults());
    }

    static List<Finding> check(PostRule rule, String fileName, String text, Map<String, Object> options,
                               FrontMatterSettings frontMatter) {
        return check(rule, fileName, text.getBytes(StandardCharsets.UTF_8), options, frontMatter);
    }

    /** With a site default language ({@code site.language}). */
    static List<Finding> check(PostRule rule, String fileName, String text, Map<String, Object> options,
                               FrontMatterSettings frontMatter, String siteLanguage) {
        Config config = config(rule, options, frontMatter).toBuilder()
                .site(SiteSettings.defaults().toBuilder().language(Optional.of(siteLanguage)).build()).build();
        return run(rule, fileName, text.getBytes(StandardCharsets.UTF_8), config);
    }

    static List<Finding> check(PostRule rule, String fileName, byte[] bytes, Map<String, Object> options,
                               FrontMatterSettings frontMatter) {
        return run(rule, fileName, bytes, config(rule, options, frontMatter));
    }

    private static Config config(PostRule rule, Map<String, Object> options, FrontMatterSettings frontMatter) {
        return Config.defaults(Path.of(".")).toBuilder().frontMatter(frontMatter)
                .rules(Map.of(rule.id(), new RuleSettings(false, Optional.empty(), options))).build();
    }

    private static List<Finding> run(PostRule rule, String fileName, byte[] bytes, Config config) {
        FrontMatterSettings frontMatter = config.frontMatter();
        Post post = new PostParser(frontMatter.imageFields()).parse(fileName, Path.of(fileName), bytes);
        List<Finding> findings = new ArrayList<>();
        rule.check(post, new CollectingContext(rule, config, findings, new SourceExcerpts()));
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Positions of findings as "line:column", for exact comparisons. */
    static List<String> positions(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column()).toList();
    }
}
