package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import dev.postlint.core.Site;
import dev.postlint.core.config.Config;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.rule.SiteRule;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the enabled rules over a set of files: each file is read and parsed once, on a pool of
 * threads; post rules run right after parsing, site rules once all posts are parsed. A file that
 * cannot be read or a rule that fails is recorded and the run goes on with the rest.
 */
public final class Linter {
    private final Config config;
    private final List<Rule> rules;
    private final int threads;
    private final ProgressListener progress;

    public Linter(Config config, RuleRegistry registry, int threads, ProgressListener progress) {
        this.config = config;
        this.rules = registry.all().stream().filter(config::isEnabled).toList();
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    public Linter(Config config, RuleRegistry registry, int threads) {
        this(config, registry, threads, ProgressListener.NONE);
    }

    public Linter(Config config, RuleRegistry registry) {
        this(config, registry, Runtime.getRuntime().availableProcessors());
    }

    public LintResult run(List<InputFile> inputs) {
        long start = System.nanoTime();
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<ProcessingError> errors = new ConcurrentLinkedQueue<>();
        PostParser parser = new PostParser(config.frontMatter().imageFields());
        List<Post> posts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "postlint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            // Posts are kept in memory only when a site rule needs them all at once.
            boolean keepPosts = rules.stream().anyMatch(SiteRule.class::isInstance);
            List<Future<Optional<Post>>> futures = new ArrayList<>();
            for (InputFile input : inputs) {
                futures.add(pool.submit(() -> checkFile(parser, input, findings, errors).filter(p -> keepPosts)));
            }
            for (Future<Optional<Post>> future : futures) {
                future.get().ifPresent(posts::add);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Site site = new Site(posts, config, progress, System::getenv);
        for (Rule rule : rules) {
            if (rule instanceof SiteRule siteRule) {
                try {
                    siteRule.check(site, new CollectingContext(rule, config, findings));
                } catch (RuntimeException e) {
                    errors.add(new ProcessingError("(site)", internalMessage(rule, e), true));
                }
            }
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        List<ProcessingError> errorList = new ArrayList<>(errors);
        errorList.sort((a, b) -> a.file().compareTo(b.file()));
        return new LintResult(sorted, inputs, rules, errorList, Duration.ofNanos(System.nanoTime() - start));
    }

    private Optional<Post> checkFile(PostParser parser, InputFile input, ConcurrentLinkedQueue<Finding> findings,
                                     ConcurrentLinkedQueue<ProcessingError> errors) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (IOException e) {
            errors.add(new ProcessingError(input.displayPath(), "cannot read the file (" + describe(e) + ")", false));
            return Optional.empty();
        }
        Post post;
        try {
            post = parser.parse(input.displayPath(), input.path(), bytes);
        } catch (RuntimeException e) {
            errors.add(new ProcessingError(input.displayPath(), "internal error while parsing: " + e, true));
            return Optional.empty();
        }
        for (Rule rule : rules) {
            if (rule instanceof PostRule postRule) {
                try {
                    postRule.check(post, new CollectingContext(rule, config, findings));
                } catch (RuntimeException e) {
                    errors.add(new ProcessingError(input.displayPath(), internalMessage(rule, e), true));
                }
            }
        }
        return Optional.of(post);
    }

    private static String internalMessage(Rule rule, RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return "internal error in rule " + rule.id() + ": " + e + where;
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file";
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
