package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.Post;
import dev.postlint.core.PostParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SummarySpillTest {
    private static PostSummary summary(int n) {
        String text = "---\ntitle: Post " + n + "\nimage: /img/" + n + ".png\n---\nSee [one](/one/" + n + "/) and"
                + " [two](https://example.org/" + n + ").\n\n![Bild](img/b" + n + ".png)\n";
        Post post = new PostParser(List.of("image")).parse("p" + n + ".md", Path.of("p" + n + ".md"),
                text.getBytes(StandardCharsets.UTF_8));
        return PostSummary.of(post, SlugStyle.GITHUB);
    }

    private static long spillFilesInTemp() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".summaries")).count();
        }
    }

    @Test
    void summariesPastTheBudgetAreReadBackFromDiskAsTheyWere() throws Exception {
        long before = spillFilesInTemp();
        PostSummary first = summary(1);
        PostSummary second = summary(2);
        PostSummary third = summary(3);
        try (SummarySpill spill = new SummarySpill(first.details().packedSize())) {
            assertSame(first, spill.keep(first), "the first fits the budget");
            assertEquals(0, spill.written());
            PostSummary kept2 = spill.keep(second);
            PostSummary kept3 = spill.keep(third);
            assertTrue(spill.written() > 0);
            assertNotSame(second, kept2);
            assertEquals(0, kept2.details().packedSize(), "nothing of it is left in memory");
            assertEquals(before, spillFilesInTemp(), "the file is gone from the folder while the run reads it");
            for (int i = 0; i < 2; i++) { // in turn, so that each unpacks again from the file
                assertEquals(third.links(), kept3.links());
                assertEquals(second.links(), kept2.links());
                assertEquals(second.images(), kept2.images());
                assertEquals(Optional.of("See [one](/one/2/) and [two](https://example.org/2)."), kept2.line(5));
                assertEquals(Optional.of("image: /img/3.png"), kept3.line(3));
            }
            assertEquals(second.field("title"), kept2.field("title"));
            assertEquals(second.anchors(), kept2.anchors());

            ByteArrayOutputStream written = new ByteArrayOutputStream();
            SummaryCodec.write(kept2, new DataOutputStream(written));
            PostSummary read = SummaryCodec.read(new DataInputStream(new ByteArrayInputStream(written.toByteArray())));
            assertEquals(second.links(), read.links(), "a spilled summary goes into the result cache whole");
            assertEquals(Optional.of("image: /img/3.png"), kept3.line(3));
            spill.close();
            assertThrows(UncheckedIOException.class, kept2::links, "the file is closed with the run");
        }
        assertEquals(before, spillFilesInTemp());
    }
}
