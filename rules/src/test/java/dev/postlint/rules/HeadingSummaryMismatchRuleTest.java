package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import dev.postlint.core.RelatedLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingSummaryMismatchRuleTest {
    private final HeadingSummaryMismatchRule rule = new HeadingSummaryMismatchRule();

    private static final String GERMAN = """
            ---
            title: Drei Tipps
            ---
            Unsere Tipps:

            \\#1: Den Boden gut vorbereiten

            \\#2: Früh im Jahr säen

            \\#3: Regelmäßig gießen

            ## #1: Den Boden gut vorbereiten

            Text.

            ## #2: Zeitig im Jahr säen

            Text.

            ## #3: Regelmäßig und reichlich gießen

            Text.
            """;

    @Test
    void paragraphSummaryInGermanWithOneReplacedAndOneAddedWord() {
        List<Finding> findings = check(rule, "p.md", GERMAN);
        assertEquals(List.of("16:8", "20:19"), positions(findings));
        assertEquals("Heading #2 \"Zeitig im Jahr säen\" differs from item #2 of the summary on line 8, \"Früh im Jahr "
                + "säen\": the summary says \"Früh\" where the heading says \"Zeitig\". Make them the same so readers "
                + "find what the summary promised.", findings.get(0).message());
        assertEquals(List.of(new RelatedLocation("p.md", 8, 1, "summary item #2")), findings.get(0).related());
        assertEquals("Heading #3 \"Regelmäßig und reichlich gießen\" differs from item #3 of the summary on line 10, "
                + "\"Regelmäßig gießen\": the heading adds \"und reichlich\". Make them the same so readers find what "
                + "the summary promised.", findings.get(1).message());
    }

    @Test
    void orderedListSummaryInEnglish() {
        String post = """
                In this post:

                1. Pick a topic
                2. Write a draft
                3. Edit it twice

                ## 1. Pick a topic

                ## 2. Write the first draft

                ## 3. Edit it twice
                """;
        List<Finding> findings = check(rule, "p.md", post);
        assertEquals(List.of("9:13"), positions(findings));
        assertEquals(List.of(new RelatedLocation("p.md", 4, 1, "summary item #2")), findings.get(0).related());
    }

    @Test
    void matchingSummaryIgnoresTrailingPunctuationAndSpacing() {
        String post = "- Step 1: Plan.\n- Step 2:  Build\n\n## Step 1: Plan\n\n## Step 2: Build!\n";
        assertEquals(List.of(), check(rule, "p.md", post));
    }

    @Test
    void unrelatedNumberedListIsNoSummary() {
        String post = """
                ## 1. Setup

                Do this:

                1. Open the terminal
                2. Type a command

                ## 2. Usage

                Text.
                """;
        assertEquals(List.of(), check(rule, "p.md", post));
    }

    @Test
    void postsWithoutNumberedHeadings() {
        assertEquals(List.of(), check(rule, "p.md", "1. a\n2. b\n\n## Intro\n\n## End\n"));
    }
}
