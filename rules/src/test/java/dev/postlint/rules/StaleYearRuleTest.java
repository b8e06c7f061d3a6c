package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleYearRuleTest {
    private final StaleYearRule rule = new StaleYearRule();

    @Test
    void germanTitleWithLastYearInAPostFromSpring() {
        List<Finding> findings = check(rule, "p.md",
                "---\ntitle: \"Die 5 besten Tipps für Gärtner im Jahr 2022\"\ndate: 2023-04-12\n---\n");
        assertEquals(List.of("2:48"), positions(findings));
        assertEquals("The title mentions 2022, but the post is dated 2023-04-12; readers and search engines will "
                + "take it as out of date. Update the year or the date.", findings.get(0).message());
    }

    @Test
    void yearInsideAMultiLineDescriptionIsReportedOnItsOwnLine() {
        List<Finding> findings = check(rule, "p.md",
                "---\ntitle: Planning\ndescription: >-\n  What we learned\n  about budgets in 2019.\ndate: 2020-06-01\n---\n");
        assertEquals(List.of("5:20"), positions(findings));
    }

    @Test
    void currentAndFutureYearsAreFine() {
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: Goals for 2024 and 2025\ndate: 2024-02-01\n---\n"));
    }

    @Test
    void graceDaysCoverYearInReviewPosts() {
        String post = "---\ntitle: Our 2023 in review\ndate: 2024-01-31\n---\n";
        assertEquals(List.of(), check(rule, "p.md", post));
        assertEquals(List.of("2:12"), positions(check(rule, "p.md", "---\ntitle: Our 2023 in review\ndate: 2024-02-01\n---\n")));
        assertEquals(List.of("2:12"), positions(check(rule, "p.md", post, Map.of("graceDays", 30))));
        assertEquals(List.of("2:12"), positions(check(rule, "p.md", "---\ntitle: Our 2022 in review\ndate: 2024-01-03\n---\n")));
    }

    @Test
    void historyIsNotStale() {
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: Seit 2015 dabei, Rückblick 2019–2024\ndate: 2024-06-01\n---\n"));
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: Release v2019.3 and the 2010s\ndate: 2024-06-01\n---\n"));
    }

    @Test
    void dateComesFromTheFileNameWhenFrontMatterHasNone() {
        assertEquals(List.of("2:8"), positions(check(rule, "2022-07-01-x.md", "---\ntitle: 2021 recap\n---\n")));
    }

    @Test
    void otherFieldsOnlyWhenConfigured() {
        String post = "---\ntitle: Fine\nexcerpt: Back in 2019\ndate: 2022-05-05\n---\n";
        assertEquals(List.of(), check(rule, "p.md", post));
        assertEquals(List.of("3:18"), positions(check(rule, "p.md", post, Map.of("fields", List.of("excerpt")))));
    }
}
