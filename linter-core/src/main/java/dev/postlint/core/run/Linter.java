package dev.postlint.core.run;

import dev.postlint.core.DeepStack;
import dev.postlint.core.Finding;
import dev.postlint.core.io.BoundedFiles;
import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import dev.postlint.core.RelatedLocation;
import dev.postlint.core.Severity;
import dev.postlint.core.Version;
import dev.postlint.core.io.FileStamp;
import dev.postlint.core.io.Sha256;
import dev.postlint.core.config.Config;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.core.rule.SuppressionRule;
import dev.postlint.core.suppress.SuppressionReport;
import dev.postlint.core.suppress.Suppressions;
import java.util.Set;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Site;
import dev.postlint.core.site.SiteLocator;
import dev.postlint.core.site.SiteSettings;
import dev.postlint.core.site.SummarySpill;
import dev.postlint.core.site.UrlFields;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the enabled rules over a set of files: each file is read and parsed once, on a pool of
 * threads, and the post rules run right after parsing. Only a small {@link PostSummary} of each post
 * is kept for the site rules, which run once all posts are done. A file that cannot be read or a
 * rule that fails is recorded and the run goes on with the rest.
 */
public final class Linter {
    /** The id of the findings the engine itself gives a file it could not check in full. */
    public static final String PROCESSING_ERROR = "processing-error";
    private final Config config;
    private final List<Rule> rules;
    private final int threads;
    private final ProgressListener progress;
    private final Function<String, String> environment;
    private final SiteLocator sites;
    private final ResultCache cache;
    private final Map<java.nio.file.Path, String> siteKeys = new ConcurrentHashMap<>();
    private final RuleRegistry registry;
    private final PostParser parser;
    private long spillBudget = SummarySpill.DEFAULT_BUDGET;
    private long spilled;

    public Linter(Config config, RuleRegistry registry, int threads, ProgressListener progress,
                  Function<String, String> environment) {
        this(config, registry, threads, progress, environment, null);
    }

    /** A linter that reuses and records results in {@code cache} (none when null). */
    public Linter(Config config, RuleRegistry registry, int threads, ProgressListener progress,
                  Function<String, String> environment, ResultCache cache) {
        this.cache = cache;
        this.registry = registry;
        this.config = config;
        this.rules = registry.all().stream().filter(config::isEnabledAnywhere).toList();
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.environment = environment;
        this.sites = new SiteLocator(config.site());
        this.parser = new PostParser(config.frontMatter().imageFields(), config.limits().maxNesting(),
                config.limits().maxLineLength(), this::extensionsOf);
    }

    public Linter(Config config, RuleRegistry registry, int threads) {
        this(config, registry, threads, ProgressListener.NONE, System::getenv);
    }

    /** Keeps no more than {@code bytes} of the posts' packed details in memory (see {@link SummarySpill}). */
    Linter spillingPast(long bytes) {
        spillBudget = bytes;
        return this;
    }

    /** The bytes the last run wrote to its spill file. */
    long spilled() {
        return spilled;
    }

    public LintResult run(List<InputFile> inputs) {
        long start = System.nanoTime();
        Optional<WholeRunKey> key = wholeRunKey(inputs);
        if (cache != null) {
            cache.await();
        }
        Optional<ResultCache.WholeRun> earlier = key.flatMap(k -> cache.wholeRun(k.key()));
        if (earlier.isPresent()) {
            cache.tookWholeRun();
            SourceExcerpts quoted = new SourceExcerpts();
            quoted.putAll(earlier.get().lines());
            progress.files(inputs.size(), inputs.size());
            return new LintResult(earlier.get().findings(), inputs, rules, List.of(),
                    Duration.ofNanos(System.nanoTime() - start), earlier.get().titles(), quoted);
        }
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<ProcessingError> errors = new ConcurrentLinkedQueue<>();
        Map<String, String> titles = new ConcurrentHashMap<>();
        Map<String, Suppressions> suppressions = new ConcurrentHashMap<>();
        SourceExcerpts excerpts = new SourceExcerpts();
        boolean keepSummaries = rules.stream().anyMatch(SiteRule.class::isInstance);
        List<Supplier<PostSummary>> summaries = new ArrayList<>();
        Map<String, java.nio.file.Path> paths = new HashMap<>();
        inputs.forEach(i -> paths.put(i.displayPath(), i.path()));
        boolean lookedOutside;
        try (SummarySpill spill = new SummarySpill(spillBudget)) {
            checkFiles(inputs, keepSummaries, new Sinks(findings, errors, titles, excerpts, suppressions, spill),
                    summaries);
            lookedOutside = keepSummaries && !runSiteRules(key, summaries, paths, findings, errors, excerpts);
            spilled = spill.written();
        }
        Set<String> superseded = new java.util.HashSet<>();
        for (Finding f : findings) {
            registry.find(f.ruleId()).ifPresent(rule -> rule.supersedes().forEach(id -> superseded.add(placeOf(f, id))));
        }
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (superseded.contains(placeOf(f, f.ruleId()))) {
                continue;
            }
            Suppressions s = suppressions.get(f.file());
            if (s == null || !s.suppresses(f.ruleId(), categoryOf(f.ruleId()), f.line())) {
                sorted.add(f);
            }
        }
        reportSuppressions(paths, suppressions, sorted, errors, excerpts);
        sorted.sort(Finding.ORDER);
        sorted = capPerFile(sorted);
        List<ProcessingError> errorList = new ArrayList<>(errors);
        errorList.sort((a, b) -> a.file().compareTo(b.file()));
        if (key.isPresent() && !lookedOutside && errorList.isEmpty()
                && sorted.stream().noneMatch(f -> f.ruleId().equals(PROCESSING_ERROR))) {
            cache.keepWholeRun(new ResultCache.WholeRun(key.get().key(), sorted, titles, excerpts.all()));
        }
        return new LintResult(sorted, inputs, rules, errorList, Duration.ofNanos(System.nanoTime() - start), titles,
                excerpts);
    }

    /** Checks each file on the pool's threads, adding the summaries the cross-post rules need in the files' order. */
    private void checkFiles(List<InputFile> inputs, boolean keepSummaries, Sinks sinks,
                            List<Supplier<PostSummary>> summaries) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = DeepStack.newThread(r, "postlint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Optional<Supplier<PostSummary>>>> futures = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            for (InputFile input : inputs) {
                futures.add(pool.submit(() -> {
                    Optional<Supplier<PostSummary>> summary = checkFile(parser, input, keepSummaries, sinks);
                    progress.files(done.incrementAndGet(), inputs.size());
                    return summary;
                }));
            }
            for (Future<Optional<Supplier<PostSummary>>> future : futures) {
                future.get().ifPresent(summaries::add);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("file checks interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The key of this run, when what an earlier run reported may be taken for it: with a cache, and
     * without the network, whose answers change without any file changing.
     */
    private Optional<WholeRunKey> wholeRunKey(List<InputFile> inputs) {
        boolean network = config.links().external() && rules.stream().anyMatch(Rule::needsNetwork);
        if (cache == null || network) {
            return Optional.empty();
        }
        try {
            return WholeRunKey.of(inputs, sites, config);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs the cross-post rules over the summaries; false when their answers looked at folders outside
     * those the run's key fingerprints, so that the report cannot be taken for a later run.
     */
    private boolean runSiteRules(Optional<WholeRunKey> key, List<Supplier<PostSummary>> summaries,
                                 Map<String, java.nio.file.Path> paths, ConcurrentLinkedQueue<Finding> findings,
                                 ConcurrentLinkedQueue<ProcessingError> errors, SourceExcerpts excerpts) {
        List<PostSummary> posts = summaries.parallelStream().map(Supplier::get).toList();
        Site site = new Site(posts, config.site(), config.links(), progress, environment,
                file -> parser.parse(file.toString(), file, BoundedFiles.read(file, config.limits().maxFileSize())));
        for (Rule rule : rules) {
            if (rule instanceof SiteRule siteRule) {
                List<Finding> found = new ArrayList<>();
                try {
                    siteRule.check(site, new CollectingContext(rule, config, found, excerpts));
                } catch (java.util.concurrent.CancellationException e) {
                    throw e; // the run was stopped (its reader went away), no rule broke
                } catch (RuntimeException e) {
                    errors.add(new ProcessingError("(site)", internalMessage(rule, e), true));
                }
                found.forEach(f -> asConfiguredFor(f, rule, paths.get(f.file())).ifPresent(findings::add));
            }
        }
        return key.isEmpty() || key.get().covers(site.consultedFolders());
    }

    /**
     * At most {@code limits.maxFindingsPerFile} findings of a file (the first, by position), and one more
     * that says how many were left out: a hostile file must not make a report of hundreds of megabytes.
     */
    private List<Finding> capPerFile(List<Finding> sorted) {
        int max = config.limits().maxFindingsPerFile();
        List<Finding> kept = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            String file = sorted.get(i).file();
            int end = i;
            while (end < sorted.size() && sorted.get(end).file().equals(file)) {
                end++;
            }
            kept.addAll(sorted.subList(i, Math.min(end, i + max)));
            if (end - i > max) {
                Finding first = sorted.get(i + max);
                processingError(file, first.line(), first.column(), "postlint stopped reporting at " + max
                        + " findings in this file (limits.maxFindingsPerFile); " + (end - i - max)
                        + " more were left out.").ifPresent(kept::add);
            }
            i = end;
        }
        return kept;
    }

    /** A {@code processing-error} finding at its configured severity, or none when it is turned off. */
    private Optional<Finding> processingError(String file, int line, int column, String message) {
        Optional<Rule> rule = registry.find(PROCESSING_ERROR);
        if (rule.isPresent() && !config.isEnabled(rule.get())) {
            return Optional.empty();
        }
        Severity severity = rule.map(config::severityOf).orElse(Severity.ERROR);
        return Optional.of(new Finding(PROCESSING_ERROR, severity, file, line, column, message, List.of()));
    }

    /**
     * A cross-post rule's finding as the overrides for its file have it: gone where they turn the rule
     * off, at their severity otherwise (still capped where the rule capped it).
     */
    private Optional<Finding> asConfiguredFor(Finding f, Rule rule, java.nio.file.Path file) {
        if (config.overrides().isEmpty() || file == null) {
            return config.isEnabled(rule) ? Optional.of(f) : Optional.empty();
        }
        Config own = config.forFile(file);
        if (!own.isEnabled(rule)) {
            return Optional.empty();
        }
        Severity severity = own.severityOf(rule);
        if (f.severity() != config.severityOf(rule) && severity.atLeast(f.severity())) {
            severity = f.severity();
        }
        return Optional.of(f.withSeverity(severity));
    }

    private static String placeOf(Finding f, String ruleId) {
        return f.file() + "\u0000" + f.line() + "\u0000" + f.column() + "\u0000" + ruleId;
    }

    private String categoryOf(String ruleId) {
        return registry.find(ruleId).map(r -> r.category().id()).orElse("");
    }

    /** Runs the rules about suppressions, over what the suppressions of this run did. */
    private void reportSuppressions(Map<String, java.nio.file.Path> paths, Map<String, Suppressions> suppressions,
                                    List<Finding> sink, ConcurrentLinkedQueue<ProcessingError> errors,
                                    SourceExcerpts excerpts) {
        Set<String> known = registry.names();
        List<Suppressions> files = suppressions.values().stream()
                .sorted(java.util.Comparator.comparing(Suppressions::path)).toList();
        SuppressionReport report = new SuppressionReport(files, known,
                (file, name) -> judgedInFull(paths.containsKey(file) ? config.forFile(paths.get(file)) : config, name));
        for (Rule rule : rules) {
            if (rule instanceof SuppressionRule suppressionRule) {
                try {
                    suppressionRule.check(report, new CollectingContext(rule, config, sink, excerpts));
                } catch (RuntimeException e) {
                    errors.add(new ProcessingError("(suppressions)", internalMessage(rule, e), true));
                }
            }
        }
    }

    /**
     * Whether this run judged every rule a suppression's name covers (a rule id, a category, or every
     * rule for the empty name) in full: at least one of them ran, and none of those that ran needed the
     * network this run went without.
     */
    private boolean judgedInFull(Config fileConfig, String name) {
        List<Rule> covered = rules.stream().filter(r -> !(r instanceof SuppressionRule) && fileConfig.isEnabled(r))
                .filter(r -> name.isEmpty() || r.id().equals(name) || r.category().id().equals(name)).toList();
        return !covered.isEmpty() && (config.links().external() || covered.stream().noneMatch(Rule::needsNetwork));
    }

    /** Where the workers put what they find. */
    private record Sinks(ConcurrentLinkedQueue<Finding> findings, ConcurrentLinkedQueue<ProcessingError> errors,
                         Map<String, String> titles, SourceExcerpts excerpts,
                         Map<String, Suppressions> suppressions, SummarySpill spill) {
    }

    /**
     * Checks one file; whatever happens in it (a stack or memory exhausted, a rule that fails, a limit
     * reached) becomes a {@code processing-error} finding on it, and the run goes on.
     */
    private Optional<Supplier<PostSummary>> checkFile(PostParser parser, InputFile input, boolean keepSummary,
                                                      Sinks sinks) {
        try {
            return checkFileWithin(parser, input, keepSummary, sinks);
        } catch (PostParser.BeyondLimit e) {
            reportProcessingError(sinks, input, e.line(), e.getMessage());
        } catch (StackOverflowError e) {
            reportProcessingError(sinks, input, 1, "This file nests too deeply for postlint to read it; it was not "
                    + "checked.");
        } catch (OutOfMemoryError e) {
            reportProcessingError(sinks, input, 1, "This file needs more memory than postlint has; it was not "
                    + "checked (lower limits.maxFileSize, or give Java more memory with -Xmx).");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            reportProcessingError(sinks, input, 1, "postlint failed while reading this file ("
                    + e.getClass().getSimpleName() + "); it was not checked. Please report this.");
        }
        return Optional.empty();
    }

    private void reportProcessingError(Sinks sinks, InputFile input, int line, String message) {
        processingError(input.displayPath(), line, 1, message).ifPresent(sinks.findings()::add);
    }

    private Optional<Supplier<PostSummary>> checkFileWithin(PostParser parser, InputFile input, boolean keepSummary,
                                                  Sinks sinks) {
        // A post from standard input is not the file at its path: its results are neither taken nor kept.
        ResultCache cache = input.content().isPresent() ? null : this.cache;
        String siteKey = cache == null ? "" : siteKeyOf(input.path());
        // Stamped before reading: a write after this makes the next stamp differ, never the same stamp for new content.
        Optional<FileStamp> stamp = cache == null ? Optional.empty() : FileStamp.ofQuiet(input.path());
        if (cache != null) {
            Optional<ResultCache.Entry> unread = cache.reuseUnread(input.path(), input.displayPath(), siteKey, stamp)
                    .filter(e -> sites.isPage(input.path(), e.urlFields()) == e.page());
            if (unread.isPresent()) {
                return reuse(unread.get(), input, keepSummary, sinks);
            }
        }
        byte[] bytes;
        try {
            bytes = input.content().isPresent() ? input.content().get()
                    : BoundedFiles.read(input.path(), config.limits().maxFileSize());
        } catch (BoundedFiles.TooLarge e) {
            reportProcessingError(sinks, input, 1, "This file is " + megabytes(e.size()) + ", more than "
                    + "limits.maxFileSize (" + megabytes(e.limit()) + ") allows; it was not checked.");
            return Optional.empty();
        } catch (BoundedFiles.NotARegularFile e) {
            reportProcessingError(sinks, input, 1, "This is not a regular file (a device, a pipe or a folder); it "
                    + "was not read.");
            return Optional.empty();
        } catch (IOException e) {
            sinks.errors().add(new ProcessingError(input.displayPath(), "cannot read the file (" + describe(e) + ")",
                    false));
            return Optional.empty();
        }
        String hash = cache == null ? "" : Sha256.hex(bytes);
        if (cache != null) {
            Optional<ResultCache.Entry> hit = cache.reuse(input.path(), input.displayPath(), hash, siteKey, stamp)
                    .filter(e -> sites.isPage(input.path(), e.urlFields()) == e.page());
            if (hit.isPresent()) {
                return reuse(hit.get(), input, keepSummary, sinks);
            }
        }
        Post post = parser.parse(input.displayPath(), input.path(), bytes);
        Suppressions suppressions = Suppressions.of(post);
        if (!suppressions.isEmpty()) {
            sinks.suppressions().put(input.displayPath(), suppressions);
        }
        Optional<String> title = post.frontMatter().text("title").map(String::strip).filter(t -> !t.isEmpty());
        title.ifPresent(t -> sinks.titles().put(input.displayPath(), t));
        UrlFields urlFields = UrlFields.of(post.frontMatter());
        boolean page = sites.isPage(input.path(), urlFields);
        SiteSettings site = sites.settingsOfFile(input.path());
        List<Finding> own = new ArrayList<>();
        boolean failed = !runPostRules(post, input, page, own, sinks.excerpts(), sinks.errors()::add);
        sinks.findings().addAll(own);
        if (!keepSummary && cache == null) {
            return Optional.empty();
        }
        PostSummary summary = PostSummary.of(post, sites.slugStyleOfFile(input.path()), site, urlFields, page);
        if (cache != null && !failed) {
            cache.put(input.path(), new ResultCache.Entry(input.displayPath(), hash, siteKey, own, title,
                    quotedLines(post, own), urlFields, page, suppressions), summary, stamp);
        }
        if (!keepSummary) {
            return Optional.empty();
        }
        PostSummary kept = sinks.spill().keep(summary);
        return Optional.of(() -> kept);
    }

    /** Takes an earlier run's results of a file, unchanged since, as if it had been checked now. */
    private Optional<Supplier<PostSummary>> reuse(ResultCache.Entry e, InputFile input, boolean keepSummary,
                                                  Sinks sinks) {
        sinks.findings().addAll(e.findings());
        e.title().ifPresent(t -> sinks.titles().put(input.displayPath(), t));
        if (!e.suppressions().isEmpty()) {
            sinks.suppressions().put(input.displayPath(), e.suppressions());
        }
        e.lines().forEach((n, text) -> sinks.excerpts().put(input.displayPath(), n, text));
        return keepSummary ? Optional.of(() -> sinks.spill().keep(cache.summaryOf(input.path())
                .orElseGet(() -> summarize(input)))) : Optional.empty();
    }

    /**
     * A file's summary made again from the file, for an entry whose kept summary cannot be read; a file
     * that cannot be read now has an empty summary.
     */
    private PostSummary summarize(InputFile input) {
        Post post;
        try {
            post = parser.parse(input.displayPath(), input.path(),
                    BoundedFiles.read(input.path(), config.limits().maxFileSize()));
        } catch (IOException | RuntimeException e) {
            post = parser.parse(input.displayPath(), input.path(), new byte[0]);
        }
        UrlFields urlFields = UrlFields.of(post.frontMatter());
        return PostSummary.of(post, sites.slugStyleOfFile(input.path()), sites.settingsOfFile(input.path()), urlFields,
                sites.isPage(input.path(), urlFields));
    }

    /** Runs the post rules on a parsed post; false when one of them failed. */
    private boolean runPostRules(Post post, InputFile input, boolean page, List<Finding> sink, SourceExcerpts excerpts,
                                 java.util.function.Consumer<ProcessingError> errors) {
        SiteSettings site = sites.settingsOfFile(input.path());
        Config fileConfig = config.forFile(input.path());
        boolean ok = true;
        long deadline = System.nanoTime() + config.limits().maxFileTime().toNanos();
        for (Rule rule : rules) {
            if (rule instanceof PostRule postRule && fileConfig.isEnabled(rule) && (page || !rule.judgesPage())) {
                if (System.nanoTime() > deadline) {
                    processingError(input.displayPath(), 1, 1, "Checking this file took longer than "
                            + "limits.maxFileTime (" + config.limits().maxFileTime().toSeconds() + " s); " + rule.id()
                            + " and the rules after it were not run.").ifPresent(sink::add);
                    return false;
                }
                try {
                    postRule.check(post, new CollectingContext(rule, fileConfig, site, sink, excerpts));
                } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                    ok = false;
                    processingError(input.displayPath(), 1, 1, "The rule " + rule.id() + " failed on this file ("
                            + e.getClass().getSimpleName() + "); the other rules ran. Please report this.")
                            .ifPresent(sink::add);
                }
            }
        }
        return ok;
    }

    /**
     * What the post rules find in a file's content as a run would (the cross-post rules left out), for
     * checking a change before it is written; nothing is kept. A rule that fails is an exception.
     */
    public List<Finding> checkContent(InputFile input, byte[] bytes) {
        return checkContent(input, parse(input, bytes));
    }

    /** A file's content read as a run reads it (its generator's Markdown extensions, the configured limits). */
    public Post parse(InputFile input, byte[] bytes) {
        return parser.parse(input.displayPath(), input.path(), bytes);
    }

    /** As {@link #checkContent(InputFile, byte[])}, for content already parsed with {@link #parse}. */
    public List<Finding> checkContent(InputFile input, Post post) {
        List<Finding> found = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        runPostRules(post, input, sites.isPage(input.path(), UrlFields.of(post.frontMatter())), found,
                new SourceExcerpts(), errors::add);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.get(0).toString());
        }
        return found;
    }

    /** The lines reports quote for a file's findings: around each finding, and each related place in the file. */
    private static Map<Integer, String> quotedLines(Post post, List<Finding> findings) {
        Map<Integer, String> lines = new HashMap<>();
        for (Finding f : findings) {
            for (int n = Math.max(1, f.line() - SourceExcerpts.CONTEXT_LINES); n <= f.line() + SourceExcerpts.CONTEXT_LINES;
                 n++) {
                int line = n;
                post.line(line).ifPresent(text -> lines.put(line, text));
            }
            for (RelatedLocation r : f.related()) {
                if (r.file().equals(post.path())) {
                    post.line(r.line()).ifPresent(text -> lines.put(r.line(), text));
                }
            }
        }
        return lines;
    }

    /** A digest of the settings of a file's site, completed from its generator's config: a change there is a miss. */
    private String siteKeyOf(java.nio.file.Path file) {
        java.nio.file.Path root = sites.rootOf(file.toAbsolutePath().normalize().getParent()).orElse(java.nio.file.Path.of(""));
        return siteKeys.computeIfAbsent(root, r -> Sha256.hex((sites.settingsOfFile(file) + "|"
                + sites.generatorOfFile(file)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * What every cached result depends on besides its file and site: postlint's version and, for every
     * enabled rule, its severity and options, and the front-matter settings.
     */
    public static String runKey(Config config, RuleRegistry registry) {
        StringBuilder key = new StringBuilder(Version.get());
        registry.all().stream().filter(config::isEnabled).sorted(java.util.Comparator.comparing(Rule::id)).forEach(rule -> {
            key.append('|').append(rule.id()).append('=').append(config.severityOf(rule));
            rule.options().forEach(o -> key.append(';').append(o.name()).append('=').append(config.optionOf(rule, o)));
        });
        key.append('|').append(config.frontMatter()).append('|').append(config.overrides())
                .append('|').append(config.markdownExtensions()).append('|').append(config.limits());
        // A snapshot keeps its version from build to build: the jars the engine and the rules come from say
        // whether their code changed since the cache was written.
        java.util.Set<String> locations = new java.util.TreeSet<>();
        locations.add(codeLocation(Linter.class));
        registry.all().forEach(rule -> locations.add(codeLocation(rule.getClass())));
        key.append('|').append(locations.stream().map(Linter::codeStamp).toList());
        return Sha256.hex(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The Markdown extensions a file is read with: the config's, or its generator's defaults. */
    private java.util.Set<dev.postlint.core.markdown.MarkdownExtension> extensionsOf(java.nio.file.Path file) {
        return config.markdownExtensions()
                .orElseGet(() -> dev.postlint.core.site.MarkdownFlavor.defaultsFor(sites.generatorOfFile(file)));
    }

    /** Where a class was loaded from, as a URI; its name when that is not known. */
    private static String codeLocation(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return type.getName();
        }
    }

    /** A place classes came from, with that jar's size and time; a folder of classes says only its name. */
    private static String codeStamp(String location) {
        try {
            java.nio.file.Path from = java.nio.file.Path.of(new java.net.URI(location));
            java.nio.file.attribute.BasicFileAttributes attributes = java.nio.file.Files.readAttributes(from,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.isRegularFile() ? from + "@" + attributes.size() + "@"
                    + attributes.lastModifiedTime().toMillis() : from.toString();
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return location;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
