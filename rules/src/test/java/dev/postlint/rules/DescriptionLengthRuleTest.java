package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescriptionLengthRuleTest {
    private final DescriptionLengthRule rule = new DescriptionLengthRule();

    private static String post(String description) {
        return "---\ntitle: t\ndescription: \"" + description + "\"\n---\n";
    }

    @Test
    void boundariesAt120And156() {
        assertEquals(List.of(), check(rule, "p.md", post("a".repeat(120))));
        assertEquals(List.of(), check(rule, "p.md", post("ö".repeat(156))));
        assertEquals(List.of("3:14"), positions(check(rule, "p.md", post("a".repeat(119)))));
        assertEquals("The description has 157 characters; search engines cut it after about 156. Shorten it to keep the "
                + "end visible.", check(rule, "p.md", post("b".repeat(157))).get(0).message());
    }

    @Test
    void germanBlockDescriptionIsMeasuredAsReadersSeeIt() {
        String post = "---\ndescription: >-\n  Wie Sie Ihren Garten im Frühling vorbereiten:\n  Boden, Beete und Bäume.\n---\n";
        assertEquals("The description has only 69 characters; search engines show up to about 156, so use 120 to 156 "
                + "to make people want to click.", check(rule, "p.md", post).get(0).message());
        assertEquals(List.of("2:14"), positions(check(rule, "p.md", post)));
        assertEquals(List.of(), check(rule, "p.md", post, Map.of("minLength", 60)));
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: no description\n---\n"));
    }
}
