package dev.postlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.config.RuleSettings;
import dev.postlint.core.io.FileStamp;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    /** Reports each heading and counts the posts it really checks. */
    static final class CountingRule extends RuleDefinition implements PostRule {
        final AtomicInteger checked = new AtomicInteger();

        CountingRule() {
            super("every-heading", Severity.WARNING, Category.HEADINGS, "test");
        }

        @Override
        public void check(Post post, RuleContext context) {
            checked.incrementAndGet();
            post.body().headings().forEach(h -> context.report(post, h.position(), "heading " + h.text()));
        }
    }

    @TempDir
    Path dir;

    private final CountingRule rule = new CountingRule();
    private final List<String> notices = new ArrayList<>();

    private List<InputFile> posts(int count) throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("p" + i + ".md");
            if (!Files.exists(file)) {
                Files.writeString(file, "---\ntitle: Post " + i + "\n---\n# Heading " + i + "\n");
            }
            inputs.add(new InputFile("p" + i + ".md", file));
        }
        return inputs;
    }

    private List<Finding> run(Config config, List<InputFile> inputs) throws Exception {
        RuleRegistry registry = new RuleRegistry(List.of(rule));
        ResultCache cache = ResultCache.open(dir.resolve(".postlint-cache"), () -> Linter.runKey(config, registry), notices::add);
        LintResult result = new Linter(config, registry, 2, ProgressListener.NONE, System::getenv, cache).run(inputs);
        cache.save();
        return result.findings();
    }

    private Config config() {
        return Config.defaults(dir);
    }

    @Test
    void aSecondRunTakesUnchangedFilesFromTheCacheWithTheSameFindings() throws Exception {
        List<InputFile> inputs = posts(5);
        List<Finding> first = run(config(), inputs);
        assertEquals(5, rule.checked.getAndSet(0));
        List<Finding> second = run(config(), inputs);
        assertEquals(0, rule.checked.get(), "nothing changed, nothing checked again");
        assertEquals(first, second);
        assertEquals(List.of(), notices);
    }

    @Test
    void aRunThatChangesNothingLeavesTheCacheFileAlone() throws Exception {
        List<InputFile> inputs = posts(4);
        run(config(), inputs);
        Path file = dir.resolve(".postlint-cache").resolve(ResultCache.FILE_NAME);
        Object before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        byte[] content = Files.readAllBytes(file);
        run(config(), inputs);
        assertEquals(before, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "not replaced");
        Files.writeString(dir.resolve("p1.md"), "---\ntitle: Post 1\n---\n# Changed\n");
        run(config(), inputs);
        assertTrue(!java.util.Arrays.equals(content, Files.readAllBytes(file)), "a change is saved");
    }

    @Test
    void aChangedPostIsCheckedAgainAndOnlyIt() throws Exception {
        List<InputFile> inputs = posts(5);
        run(config(), inputs);
        rule.checked.set(0);
        Files.writeString(dir.resolve("p2.md"), "---\ntitle: Post 2\n---\n# Renamed\n\n## Another\n");
        List<Finding> findings = run(config(), inputs);
        assertEquals(1, rule.checked.get());
        assertEquals(List.of("heading Renamed", "heading Another"), findings.stream()
                .filter(f -> f.file().equals("p2.md")).map(Finding::message).toList());
    }

    @Test
    void aChangedRuleConfigurationOrVersionChecksEverythingAgain() throws Exception {
        List<InputFile> inputs = posts(3);
        run(config(), inputs);
        rule.checked.set(0);
        Config stricter = config().toBuilder().rules(Map.of("every-heading", new RuleSettings(false, java.util.Optional.of(Severity.ERROR), Map.of()))).build();
        List<Finding> findings = run(stricter, inputs);
        assertEquals(3, rule.checked.getAndSet(0));
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.ERROR));
        ResultCache otherVersion = ResultCache.open(dir.resolve(".postlint-cache"), () -> "another version", notices::add);
        new Linter(stricter, new RuleRegistry(List.of(rule)), 1, ProgressListener.NONE, System::getenv, otherVersion)
                .run(inputs);
        assertEquals(3, rule.checked.get(), "a cache of another version or configuration is a miss for every file");
        assertEquals(List.of(), notices, "a miss is no damage");
    }

    @Test
    void aChangeOfTheSitesOwnConfigurationChecksItsFilesAgain() throws Exception {
        Files.writeString(dir.resolve("_config.yml"), "url: https://one.example.org\n");
        List<InputFile> inputs = posts(2);
        run(config(), inputs);
        rule.checked.set(0);
        Files.writeString(dir.resolve("_config.yml"), "url: https://two.example.org\n");
        run(config(), inputs);
        assertEquals(2, rule.checked.get());
    }

    @Test
    void aDamagedOrForeignCacheIsIgnoredWithOneLineAndReplaced() throws Exception {
        List<InputFile> inputs = posts(3);
        Path file = dir.resolve(".postlint-cache").resolve(ResultCache.FILE_NAME);
        run(config(), inputs);
        byte[] good = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        rule.checked.set(0);
        List<Finding> findings = run(config(), inputs);
        assertEquals(3, findings.size());
        assertEquals(3, rule.checked.getAndSet(0), "a cut cache file is no hit");
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("postlint: the result cache ") && notices.get(0).contains("damaged"));
        Files.writeString(file, "not a cache at all");
        notices.clear();
        rule.checked.set(0);
        run(config(), inputs);
        assertEquals(3, rule.checked.getAndSet(0));
        assertEquals(1, notices.size(), notices.toString());
        notices.clear();
        run(config(), inputs);
        assertEquals(0, rule.checked.get(), "the damaged file was replaced by a good one");
        assertEquals(List.of(), notices);
    }

    @Test
    void entriesOfFilesARunDidNotCheckAreKeptWhileTheFilesExist() throws Exception {
        List<InputFile> inputs = posts(3);
        run(config(), inputs);
        rule.checked.set(0);
        run(config(), inputs.subList(0, 1));
        run(config(), inputs.subList(1, 3));
        assertEquals(0, rule.checked.get(), "checking some files keeps the others' results");
        Files.delete(dir.resolve("p2.md"));
        run(config(), inputs.subList(0, 2));
        Files.writeString(dir.resolve("p2.md"), "---\ntitle: Post 2\n---\n# Heading 2\n");
        run(config(), inputs);
        assertEquals(1, rule.checked.get(), "a deleted file's entry is dropped, so its return is checked");
    }

    @Test
    void runsSavingAtOnceLeaveOneCompleteCache() throws Exception {
        List<InputFile> inputs = posts(20);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Callable<List<Finding>> run = () -> run(config(), inputs);
                runs.add(pool.submit(run));
            }
            for (Future<List<Finding>> f : runs) {
                assertEquals(20, f.get().size());
            }
        } finally {
            pool.shutdownNow();
        }
        rule.checked.set(0);
        notices.clear();
        run(config(), inputs);
        assertEquals(0, rule.checked.get());
        assertEquals(List.of(), notices);
    }

    /** What a front end is told of a run's size before it starts: the files the cache will not take unread. */
    @Test
    void theFilesHeldUnchangedAreThoseWhoseStampIsTheCachedOneAndNoneFromADamagedCache() throws Exception {
        List<InputFile> inputs = posts(4);
        List<Path> paths = inputs.stream().map(InputFile::path).toList();
        Thread.sleep(2_100); // left alone, so that their stamps are kept
        run(config(), inputs);
        RuleRegistry registry = new RuleRegistry(List.of(rule));
        java.util.function.Supplier<ResultCache> open = () -> ResultCache.open(dir.resolve(".postlint-cache"),
                () -> Linter.runKey(config(), registry), notices::add);
        assertEquals(4, open.get().heldUnchanged(paths));
        Files.writeString(paths.get(1), "\nOne more line.\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(paths.get(2), java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(2, open.get().heldUnchanged(paths), "a file written, and one whose time changed, are read");
        assertEquals(0, ResultCache.open(dir.resolve(".postlint-cache"), () -> "another key", notices::add)
                .heldUnchanged(paths), "another config's cache holds nothing for this run");
        Path file = dir.resolve(".postlint-cache").resolve(ResultCache.FILE_NAME);
        byte[] good = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(good, 30));
        assertEquals(0, open.get().heldUnchanged(paths), "a file cut short in its entries holds none");
        assertEquals(List.of(), notices, "the run that follows says what is wrong with the cache, not this count");
    }

    /** A large site's summaries go to a temporary file past the budget; they read back, and are saved, the same. */
    @Test
    void summariesPastTheBudgetAreKeptOnDiskAndReadBackTheSame() throws Exception {
        ResultCache cache = ResultCache.open(dir.resolve("cache"), () -> "key", notices::add);
        cache.summaryBudget(0);
        Map<Path, dev.postlint.core.site.PostSummary> summaries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            Path file = dir.resolve("p" + i + ".md");
            byte[] bytes = ("---\ntitle: P" + i + "\n---\n# Heading " + i + "\n\n## Part " + i + "\n\n[a link](other-" + i
                    + ".md)\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(file, bytes);
            Post post = new dev.postlint.core.PostParser(List.of()).parse("p" + i + ".md", file, bytes);
            dev.postlint.core.site.PostSummary summary = dev.postlint.core.site.PostSummary.of(post,
                    dev.postlint.core.site.SlugStyle.GITHUB);
            summaries.put(file, summary);
            cache.put(file, new ResultCache.Entry("p" + i + ".md", "hash" + i, "site", List.of(),
                    java.util.Optional.of("P" + i), Map.of(), summary.urlFields(), true,
                    dev.postlint.core.suppress.Suppressions.of(post)), summary, java.util.Optional.empty());
        }
        for (var e : summaries.entrySet()) {
            dev.postlint.core.site.PostSummary back = cache.summaryOf(e.getKey()).orElseThrow();
            assertEquals(e.getValue().anchors(), back.anchors());
            assertEquals(e.getValue().field("title"), back.field("title"));
            assertEquals(e.getValue().links().toString(), back.links().toString());
        }
        cache.save();
        ResultCache reopened = ResultCache.open(dir.resolve("cache"), () -> "key", notices::add);
        for (var e : summaries.entrySet()) {
            assertTrue(reopened.reuse(e.getKey(), dir.relativize(e.getKey()).toString(), "hash"
                    + e.getKey().getFileName().toString().charAt(1), "site", java.util.Optional.empty()).isPresent());
            assertEquals(e.getValue().anchors(), reopened.summaryOf(e.getKey()).orElseThrow().anchors());
        }
        assertEquals(List.of(), notices);
    }

    @Test
    void aFileIsTakenUnreadOnlyWhileItsStampIsTheOneItsContentWasHashedWith() throws Exception {
        Path file = dir.resolve("p.md");
        byte[] bytes = "---\ntitle: P\n---\n# Heading\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, bytes);
        Thread.sleep(2_100);
        FileStamp stamp = FileStamp.ofQuiet(file).orElseThrow();
        Post post = new dev.postlint.core.PostParser(List.of()).parse("p.md", file, bytes);
        ResultCache cache = ResultCache.open(dir.resolve("cache"), () -> "key", notices::add);
        dev.postlint.core.site.PostSummary summary = dev.postlint.core.site.PostSummary.of(post,
                dev.postlint.core.site.SlugStyle.GITHUB);
        cache.put(file, new ResultCache.Entry("p.md", "hash", "site", List.of(), java.util.Optional.of("P"), Map.of(),
                summary.urlFields(), true, dev.postlint.core.suppress.Suppressions.of(post)), summary,
                java.util.Optional.of(stamp));
        cache.save();
        ResultCache reopened = ResultCache.open(dir.resolve("cache"), () -> "key", notices::add);
        assertEquals(java.util.Optional.of("P"),
                reopened.reuseUnread(file, "p.md", "site", java.util.Optional.of(stamp)).flatMap(ResultCache.Entry::title));
        FileStamp changed = new FileStamp(stamp.size(), stamp.modified(), stamp.changed() + 1, stamp.inode());
        assertTrue(reopened.reuseUnread(file, "p.md", "site", java.util.Optional.of(changed)).isEmpty(),
                "a file whose inode changed since is read again, even with its old size and time");
        assertTrue(reopened.reuseUnread(file, "p.md", "site", java.util.Optional.empty()).isEmpty());
        assertTrue(reopened.reuseUnread(file, "p.md", "other site", java.util.Optional.of(stamp)).isEmpty());
        assertTrue(reopened.reuse(file, "p.md", "hash", "site", java.util.Optional.empty()).isPresent(),
                "the content's hash still finds it");
        assertEquals(summary.anchors(), reopened.summaryOf(file).orElseThrow().anchors(), "its summary is read on demand");
        assertEquals(List.of(), notices);
    }

    @Test
    void aPostRewrittenToTheSameSizeAfterItsStampWasKeptIsCheckedAgain() throws Exception {
        List<InputFile> inputs = posts(3);
        Thread.sleep(2_100);
        run(config(), inputs);
        rule.checked.set(0);
        Files.writeString(dir.resolve("p1.md"), "---\ntitle: Post 1\n---\n# Heading X\n");
        List<Finding> findings = run(config(), inputs);
        assertEquals(1, rule.checked.getAndSet(0));
        assertEquals(List.of("every-heading 4:1 heading Heading X"), findings.stream()
                .filter(f -> f.file().equals("p1.md")).map(f -> f.ruleId() + " " + f.line() + ":" + f.column() + " "
                        + f.message()).toList());
        Files.setLastModifiedTime(dir.resolve("p2.md"), java.nio.file.attribute.FileTime.fromMillis(0));
        run(config(), inputs);
        assertEquals(0, rule.checked.get(), "a file only touched is read and hashed, and its results are taken");
    }
}
