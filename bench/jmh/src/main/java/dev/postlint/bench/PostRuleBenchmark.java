package dev.postlint.bench;

import dev.postlint.core.Finding;
import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import dev.postlint.core.config.Config;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.CollectingContext;
import dev.postlint.core.run.SourceExcerpts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** One post rule over {@value Corpus#POSTS} parsed posts, to find the rules that cost the most. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostRuleBenchmark {
    @Param({"description-length", "file-encoding", "front-matter-date", "front-matter-required",
        "front-matter-syntax", "front-matter-whitespace", "heading-increment", "heading-numbering",
        "heading-summary-mismatch", "image-alt-missing", "image-path-spaces", "inline-style", "keyphrase",
        "link-reference-undefined", "link-text", "listicle-count", "paragraph-length", "readability", "single-h1",
        "slug-format", "stale-year", "title-length", "word-count"})
    public String rule;

    private PostRule postRule;
    private Config config;
    private List<Post> posts;

    @Setup
    public void parse() {
        RuleRegistry registry = RuleRegistry.loadBuiltIn();
        postRule = (PostRule) registry.find(rule).orElseThrow();
        config = Config.defaults(Path.of(""));
        PostParser parser = new PostParser(List.of("image"));
        posts = Corpus.posts().stream().map(s -> parser.parse(s.file().toString(), s.file(), s.bytes())).toList();
    }

    @Benchmark
    public void check(Blackhole sink) {
        List<Finding> findings = new ArrayList<>();
        CollectingContext context = new CollectingContext(postRule, config, findings, new SourceExcerpts());
        for (Post post : posts) {
            postRule.check(post, context);
        }
        sink.consume(findings);
    }
}
