package dev.postlint.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Finding;
import dev.postlint.core.Severity;
import dev.postlint.core.config.Config;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.rule.SiteRule;
import dev.postlint.core.site.PostSummary;
import dev.postlint.core.site.Reference;
import dev.postlint.core.site.Resolution;
import dev.postlint.core.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that changes nothing takes the report of the last run; any change it could depend on checks
 * again (the changed post, and the cross-post rules over all). The files are left alone for longer than the file
 * system's clock can tell two writes apart before each run that may reuse (see FileStamp).
 */
class WholeRunReplayTest {
    /** Reports each image a post shows that is not on disk, and counts its runs. */
    static final class MissingImages extends RuleDefinition implements SiteRule {
        final AtomicInteger runs = new AtomicInteger();

        MissingImages() {
            super("missing-image", Severity.ERROR, Category.IMAGES, "test");
        }

        @Override
        public void check(Site site, RuleContext context) {
            runs.incrementAndGet();
            for (PostSummary post : site.posts()) {
                for (Reference image : post.images()) {
                    if (site.links().resolve(post, image.url()) instanceof Resolution.Missing) {
                        context.report(post, image.position(), "missing " + image.url());
                    }
                }
            }
        }
    }

    @TempDir
    Path dir;
    private Path site;
    private final MissingImages rule = new MissingImages();
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void writeSite() throws Exception {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("a.md"), "---\ntitle: A\n---\nText.\n\n![A chart](chart.png)\n");
        Files.writeString(site.resolve("b.md"), "---\ntitle: B\n---\n![Logo](logo.png)\n");
        Files.write(site.resolve("logo.png"), new byte[] {1, 2, 3});
    }

    private LintResult run() throws Exception {
        return run(Long.MAX_VALUE);
    }

    /** A run that keeps no more than {@code spillBudget} bytes of the posts' details in memory. */
    private LintResult run(long spillBudget) throws Exception {
        Config config = Config.defaults(site);
        RuleRegistry registry = new RuleRegistry(List.of(rule));
        ResultCache cache = ResultCache.open(site.resolve(".postlint-cache"), () -> Linter.runKey(config, registry),
                notices::add);
        LintResult result = new Linter(config, registry, 2, ProgressListener.NONE, System::getenv, cache)
                .spillingPast(spillBudget).run(List.of(new InputFile("a.md", site.resolve("a.md")), new InputFile("b.md", site.resolve("b.md"))));
        cache.save();
        return result;
    }

    private static void letTheClockMove() throws InterruptedException {
        Thread.sleep(2_100);
    }

    private static List<String> described(LintResult result) {
        return result.findings().stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()
                + " " + f.message()).toList();
    }

    @Test
    void aRunThatChangesNothingTakesTheLastFindingsAndAnyChangeAroundThePostsRunsTheRulesAgain() throws Exception {
        letTheClockMove();
        LintResult first = run();
        assertEquals(List.of("a.md:6:12 missing-image missing chart.png"), described(first));
        assertEquals(1, rule.runs.getAndSet(0));

        LintResult second = run();
        assertEquals(0, rule.runs.get(), "nothing changed: the findings are taken from the cache");
        assertEquals(first.findings(), second.findings());
        assertEquals(first.excerpts().line("a.md", 6), second.excerpts().line("a.md", 6));
        assertEquals("![A chart](chart.png)", second.excerpts().line("a.md", 6).orElseThrow(),
                "the lines a report quotes come back with the findings");
        assertEquals(java.util.Optional.of("B"), second.title("b.md"), "and the titles of the posts");
        assertEquals(List.of(), second.errors());

        Files.write(site.resolve("chart.png"), new byte[] {4, 5});
        letTheClockMove();
        assertEquals(List.of(), described(run()), "a file added beside the posts is seen");
        assertEquals(1, rule.runs.getAndSet(0));

        Files.writeString(site.resolve("b.md"), "---\ntitle: B\n---\n![Logo](logo.svg)\n");
        letTheClockMove();
        assertEquals(List.of("b.md:4:9 missing-image missing logo.svg"), described(run()), "a changed post is seen");
        assertEquals(1, rule.runs.getAndSet(0));
        run();
        assertEquals(0, rule.runs.get());
        assertEquals(List.of(), notices);
    }

    @Test
    void summariesTakenFromTheCacheAreSpilledAndReadBackLikeNewOnes() throws Exception {
        Files.writeString(site.resolve("b.md"), "---\ntitle: B\n---\n![Logo](logo.png) ![Icon](icon.png)\n");
        letTheClockMove();
        run(0);
        Files.writeString(site.resolve("a.md"), "---\ntitle: A\n---\nMore text.\n\n![A chart](chart.png)\n");
        letTheClockMove();
        rule.runs.set(0);
        LintResult result = run(0);
        assertEquals(1, rule.runs.get(), "a.md changed: the cross-post rule ran over b.md's summary from the cache");
        assertEquals(List.of("a.md:6:12 missing-image missing chart.png", "b.md:4:27 missing-image missing icon.png"),
                described(result));
        assertEquals(java.util.Optional.of("![Logo](logo.png) ![Icon](icon.png)"), result.excerpts().line("b.md", 4));
        assertEquals(List.of(), notices);
    }

    @Test
    void aFileWrittenJustBeforeTheRunIsNeverTakenForUnchanged() throws Exception {
        letTheClockMove();
        run();
        rule.runs.set(0);
        Files.write(site.resolve("chart.png"), new byte[] {4, 5});
        LintResult result = run();
        assertEquals(1, rule.runs.getAndSet(0));
        assertEquals(List.of(), described(result));
        run();
        assertEquals(1, rule.runs.get(), "the folder is not fingerprinted while a file in it may still be written to");
    }

    @Test
    void findingsThatDependOnFoldersOutsideTheFingerprintedOnesAreNotKept() throws Exception {
        Files.writeString(site.resolve("b.md"), "---\ntitle: B\n---\n![Logo](../elsewhere/logo.png)\n");
        letTheClockMove();
        assertEquals(List.of("a.md:6:12 missing-image missing chart.png",
                "b.md:4:9 missing-image missing ../elsewhere/logo.png"), described(run()));
        assertEquals(1, rule.runs.getAndSet(0));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(dir.resolve("elsewhere/logo.png"), new byte[] {1});
        LintResult second = run();
        assertEquals(1, rule.runs.get(), "the answer looked outside the site's folder, so it was not kept");
        assertEquals(List.of("a.md:6:12 missing-image missing chart.png"), described(second));
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void oneFileOfAFolderFarLargerThanTheRunIsNotFingerprinted() throws Exception {
        for (int i = 0; i < WholeRunKey.MIN_ENTRIES; i++) {
            Files.writeString(site.resolve("note-" + i + ".txt"), "n");
        }
        letTheClockMove();
        Config config = Config.defaults(site);
        RuleRegistry registry = new RuleRegistry(List.of(rule));
        for (int run = 0; run < 2; run++) {
            ResultCache cache = ResultCache.open(site.resolve(".postlint-cache"), () -> Linter.runKey(config, registry),
                    notices::add);
            LintResult result = new Linter(config, registry, 1, ProgressListener.NONE, System::getenv, cache)
                    .run(List.of(new InputFile("a.md", site.resolve("a.md"))));
            cache.save();
            assertEquals(List.of("a.md:6:12 missing-image missing chart.png"), described(result));
        }
        assertEquals(2, rule.runs.get(), "walking 2,000 files for one post costs more than checking it");
    }

    private Path cacheOfOneRun() throws Exception {
        letTheClockMove();
        run();
        return site.resolve(".postlint-cache").resolve(ResultCache.FILE_NAME);
    }

    /** After the header, the report and the entries. */
    private static int summaryPartStart(byte[] cacheFile) {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(cacheFile);
        return 16 + header.getInt(8) + header.getInt(12);
    }

    @Test
    void summariesThatCannotBeReadAreMadeAgainFromTheFiles() throws Exception {
        Path cache = cacheOfOneRun();
        byte[] bytes = Files.readAllBytes(cache);
        int summaries = summaryPartStart(bytes);
        bytes[summaries + (bytes.length - summaries) / 2] ^= 0x55;
        Files.write(cache, bytes);
        Files.writeString(site.resolve("b.md"), "---\ntitle: B\n---\n![Logo](logo.svg)\n");
        letTheClockMove();
        rule.runs.set(0);
        assertEquals(List.of("a.md:6:12 missing-image missing chart.png", "b.md:4:9 missing-image missing logo.svg"),
                described(run()), "a.md's summary came from a.md itself");
        assertEquals(1, rule.runs.get());
    }

    /**
     * b.md's summary damaged so that it still inflates to a readable summary (b.md moved to a folder
     * without logo.png), with the Adler-32 of what was there, and the part's CRC-32 made again, as if the
     * damage had come before the part was written: the summary's own checksum finds it, and b.md's summary
     * comes from b.md, beside logo.png, not from the damaged part.
     */
    @Test
    void aSummaryThatInflatesToOtherBytesIsNotBelieved() throws Exception {
        Path cache = cacheOfOneRun();
        byte[] bytes = Files.readAllBytes(cache);
        int start = summaryPartStart(bytes);
        java.io.ByteArrayOutputStream part = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(part);
        java.io.DataInputStream in = new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(bytes, start, bytes.length - start - 4));
        int forgedOnes = 0;
        int count = in.readInt();
        out.writeInt(count);
        for (int n = 0; n < count; n++) {
            String key = in.readUTF();
            int size = in.readInt();
            byte[] deflated = in.readNBytes(in.readInt());
            if (key.endsWith("/site/b.md")) {
                java.util.zip.Inflater inflater = new java.util.zip.Inflater();
                inflater.setInput(deflated);
                byte[] plain = new byte[size];
                assertEquals(size, inflater.inflate(plain));
                inflater.end();
                String text = new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertTrue(text.contains("/site/b.md"), "b.md's summary names its file");
                byte[] changed = text.replace("/site/b.md", "/sitX/b.md").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                java.util.zip.Deflater deflater = new java.util.zip.Deflater();
                deflater.setInput(changed);
                deflater.finish();
                byte[] forged = new byte[changed.length + 64];
                forged = java.util.Arrays.copyOf(forged, deflater.deflate(forged));
                deflater.end();
                System.arraycopy(deflated, deflated.length - 4, forged, forged.length - 4, 4); // the original's Adler-32
                deflated = forged;
                forgedOnes++;
            }
            out.writeUTF(key);
            out.writeInt(size);
            out.writeInt(deflated.length);
            out.write(deflated);
        }
        assertEquals(1, forgedOnes);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(part.toByteArray());
        out.writeInt((int) crc.getValue());
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.write(bytes, 0, start);
        file.write(part.toByteArray());
        Files.write(cache, file.toByteArray());
        Files.writeString(site.resolve("a.md"), "---\ntitle: A\n---\nMore text.\n\n![A chart](chart.png)\n");
        letTheClockMove();
        assertEquals(List.of("a.md:6:12 missing-image missing chart.png"), described(run()));
        assertTrue(notices.isEmpty(), notices.toString());
    }
}
