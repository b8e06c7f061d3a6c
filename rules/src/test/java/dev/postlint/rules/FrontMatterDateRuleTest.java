package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterDateRuleTest {
    private final FrontMatterDateRule rule = new FrontMatterDateRule();

    @Test
    void datesThatAgreeWithTheFileName() {
        assertEquals(List.of(), check(rule, "2023-05-01-spring.md", "---\ndate: 2023-05-01\n---\n"));
        assertEquals(List.of(), check(rule, "2023-05-01-spring.md", "---\ndate: 2023-05-01 08:30:00 +0200\n---\n"));
        assertEquals(List.of(), check(rule, "2023-05-01-spring.md", "---\ndate: \"2023-05-01T08:30:00Z\"\n---\n"));
        assertEquals(List.of(), check(rule, "about.md", "---\ndate: 2023-05-01 08:30\nlastmod: 2023-06-01\n---\n"));
    }

    @Test
    void unreadableDateIsAnErrorAtTheValue() {
        List<Finding> findings = check(rule, "p.md", "---\ntitle: x\ndate: 31.12.2023\n---\n");
        assertEquals(List.of("3:7"), positions(findings));
        assertEquals("'31.12.2023' in 'date' is not a date that blog engines can read; write it as YYYY-MM-DD or "
                + "YYYY-MM-DD HH:MM:SS +0000.", findings.get(0).message());
        assertEquals(List.of("2:7"), positions(check(rule, "p.md", "---\ndate: 2023-02-30\n---\n")));
    }

    @Test
    void dateThatDiffersFromTheFileName() {
        List<Finding> findings = check(rule, "_posts/2021-03-29-ziele.md", "---\nlayout: post\ndate: 2021-03-30 09:00:00 +0000\n---\n");
        assertEquals(List.of("3:7"), positions(findings));
        assertEquals("The date 2021-03-30 differs from the date 2021-03-29 in the file name; the URL and the date "
                + "shown to readers will disagree. Make them the same.", findings.get(0).message());
    }

    @Test
    void impossibleDateInTheFileName() {
        assertEquals(List.of("2:7"), positions(check(rule, "2021-02-30-x.md", "---\ndate: 2021-02-28\n---\n")));
        assertEquals(List.of("1:1"), positions(check(rule, "2021-13-01-x.md", "---\ntitle: x\n---\n")));
    }

    @Test
    void lastUpdateBeforePublication() {
        List<Finding> findings = check(rule, "p.md", "---\ndate: 2024-03-10\nlast_modified_at: 2024-03-01\n---\n");
        assertEquals(List.of("3:19"), positions(findings));
        assertEquals("The post was last updated ('last_modified_at', 2024-03-01) before it was published ('date', "
                + "2024-03-10); one of the two dates is wrong.", findings.get(0).message());
        assertEquals(List.of(), check(rule, "p.md", "---\ndate: 2024-03-10\nrevised: 2024-03-01\n---\n"));
        assertEquals(List.of("3:10"), positions(check(rule, "p.md", "---\ndate: 2024-03-10\nrevised: 2024-03-01\n---\n",
                Map.of("updatedKeys", List.of("revised")))));
    }

    @Test
    void missingDateIsLeftToTheRequiredRule() {
        assertEquals(List.of(), check(rule, "2021-03-29-x.md", "---\ntitle: x\n---\n"));
        assertEquals(List.of(), check(rule, "2021-03-29-x.md", "---\ndate:\n---\n"));
    }
}
