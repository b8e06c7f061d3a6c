package dev.postlint.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.source.Position;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PackedDetailsTest {
    private static final List<Reference> LINKS = List.of(
            new Reference("/über/", new Position(4, 11), new Position(4, 5)),
            new Reference("", new Position(200_000, 70_000), new Position(199_999, 1)),
            new Reference("https://example.org/日本?q=1#x", new Position(6, 1), new Position(3, 2)));
    private static final List<Reference> IMAGES = List.of(new Reference("img/a b.png", new Position(2, 8),
            new Position(2, 8)));
    private static final Map<Integer, String> LINES = Map.of(2, "image: img/a b.png", 4, "See [ü](/über/)",
            6, "", 200_000, "x".repeat(400));

    private static PackedDetails roundTrip(PackedDetails details) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        details.write(new DataOutputStream(bytes));
        return PackedDetails.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static void assertHoldsTheSample(PackedDetails details) {
        assertEquals(LINKS, details.links());
        assertEquals(IMAGES, details.images());
        new TreeMap<>(LINES).forEach((n, text) -> assertEquals(Optional.of(text), details.line(n)));
        assertEquals(Optional.empty(), details.line(3));
    }

    @Test
    void givesBackLinksImagesAndLinesAsTheyWereAfterTheCacheFile() throws IOException {
        PackedDetails details = PackedDetails.of(LINKS, IMAGES, LINES);
        assertHoldsTheSample(details);
        assertHoldsTheSample(roundTrip(details));
    }

    @Test
    void postsReadInTurnOnOneThreadEachGiveTheirOwn() {
        PackedDetails first = PackedDetails.of(LINKS, IMAGES, LINES);
        PackedDetails second = PackedDetails.of(List.of(), IMAGES, Map.of(9, "nine"));
        assertEquals(3, first.links().size());
        assertEquals(List.of(), second.links());
        assertEquals(Optional.of("nine"), second.line(9));
        assertEquals(Optional.empty(), first.line(9));
        assertHoldsTheSample(first);
        PackedDetails empty = PackedDetails.of(List.of(), List.of(), Map.of());
        assertEquals(List.of(), empty.images());
        assertEquals(Optional.empty(), empty.line(1));
    }

    @Test
    void aThousandLinksSpillIntoAFractionOfTheirTextAndComeBackWhole() {
        List<Reference> links = new ArrayList<>();
        Map<Integer, String> lines = new TreeMap<>();
        for (int i = 1; i <= 1000; i++) {
            String url = "https://github.com/example/project/pull/" + (40_000 + i);
            links.add(new Reference(url, new Position(i, 9), new Position(i, 3)));
            lines.put(i, "* [#" + (40_000 + i) + "](" + url + ") fixes a thing");
        }
        PackedDetails details = PackedDetails.of(links, List.of(), lines);
        int text = links.stream().mapToInt(l -> l.url().length()).sum() + lines.values().stream().mapToInt(String::length).sum();
        assertTrue(details.packedSize() < text + 1000 * 10, details.packedSize() + " bytes for " + text + " characters");
        try (SummarySpill spill = new SummarySpill(0)) {
            PackedDetails spilled = details.spillTo(spill).orElseThrow();
            assertEquals(0, spilled.packedSize());
            assertTrue(spill.written() * 4 < text, spill.written() + " bytes on disk for " + text + " characters");
            assertEquals(links, spilled.links());
            assertEquals(Optional.of(lines.get(777)), spilled.line(777));
        }
    }

    @Test
    void bytesThatEndEarlyOrCountMoreThanTheyHoldAreAnIoExceptionWhenRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PackedDetails.of(LINKS, IMAGES, LINES).write(new DataOutputStream(bytes));
        byte[] written = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(written, 20);
        java.nio.ByteBuffer.wrap(cut).putInt(0, cut.length - 4); // the numbers of the first links, then nothing
        byte[] counted = written.clone();
        counted[4] = 0x7f; // 127 links in a few dozen bytes
        byte[] ended = java.util.Arrays.copyOf(written, written.length - 5); // fewer bytes than its count says
        byte[] broken = written.clone();
        broken[broken.length - 3] = '\n'; // one kept line more than there are numbers
        for (byte[] damaged : List.of(cut, counted, ended, broken)) {
            assertThrows(IOException.class,
                    () -> PackedDetails.read(new DataInputStream(new ByteArrayInputStream(damaged))));
        }
    }
}
