package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleLengthRuleTest {
    private final TitleLengthRule rule = new TitleLengthRule();

    private static String post(String title) {
        return "---\ntitle: \"" + title + "\"\n---\nText\n";
    }

    @Test
    void boundariesAtTwentyAndSixtyCharactersCountingUmlautsOnce() {
        assertEquals(List.of(), check(rule, "p.md", post("ä".repeat(20))));
        assertEquals(List.of(), check(rule, "p.md", post("ß".repeat(60))));
        List<Finding> longOne = check(rule, "p.md", post("Ü".repeat(61)));
        assertEquals(List.of("2:8"), positions(longOne));
        assertEquals("The title has 61 characters; search results cut titles after about 60. Shorten it so it shows in "
                + "full.", longOne.get(0).message());
        List<Finding> shortOne = check(rule, "p.md", post("x".repeat(19)));
        assertEquals("The title has only 19 characters; use at least 20 to tell readers and search engines what the "
                + "post is about.", shortOne.get(0).message());
    }

    @Test
    void surroundingAndRepeatedSpacesDoNotCount() {
        assertEquals(List.of(), check(rule, "p.md", post("  " + "a  b ".repeat(10) + "  ")));
    }

    @Test
    void germanTitleInPixelMode() {
        String german = "Die wichtigsten Gartentipps für Einsteiger im Frühling";
        assertEquals(List.of(), check(rule, "p.md", post(german), Map.of("mode", "pixels")));
        String wide = "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW";
        List<Finding> findings = check(rule, "p.md", post(wide), Map.of("mode", "pixels"));
        assertEquals("The title is about 623 px wide in search results; Google cuts titles at about 600 px. Shorten it "
                + "so it shows in full.", findings.get(0).message());
        assertEquals(List.of(), check(rule, "p.md", post(wide), Map.of("mode", "pixels", "maxPixels", 650)));
    }

    @Test
    void configuredBoundsAndMissingTitles() {
        assertEquals(List.of("2:8"), positions(check(rule, "p.md", post("x".repeat(41)), Map.of("maxLength", 40))));
        assertEquals(List.of(), check(rule, "p.md", "---\ndate: 2024-01-01\n---\n"));
    }
}
