package dev.postlint.bench;

import dev.postlint.core.DeepStack;
import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** The parse stage: decoding, front matter, Markdown and inline HTML of {@value Corpus#POSTS} real posts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
    private List<Corpus.Source> posts;
    private final PostParser parser = new PostParser(List.of("image"));

    @Setup
    public void read() {
        posts = Corpus.posts();
    }

    /** All posts on one deep-stack thread, as the check's workers parse them (one thread per post otherwise). */
    @Benchmark
    public void parse(Blackhole sink) {
        DeepStack.call(() -> {
            for (Corpus.Source source : posts) {
                Post post = parser.parse(source.file().toString(), source.file(), source.bytes());
                sink.consume(post.body().links());
            }
            return null;
        });
    }
}
