package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyphraseRuleTest {
    private final KeyphraseRule rule = new KeyphraseRule();

    @Test
    void germanKeyphraseEverywhereIncludingATransliteratedSlug() {
        assertEquals(List.of(), check(rule, "2024-01-01-gaerten-im-winter.md", "---\ntitle: Gärten im Winter pflegen\n"
                + "description: So bleiben Gärten im Winter gesund.\nkeyphrase: Gärten im Winter\n---\n"
                + "Gärten im Winter brauchen wenig Pflege.\n"));
    }

    @Test
    void everyMissingPlaceIsNamed() {
        var findings = check(rule, "2024-01-01-other.md", "---\ntitle: Winter\ndescription: Cold.\n"
                + "keywords: [garden care, winter]\n---\nIntro without it.\n\nLater: garden care.\n");
        assertEquals(List.of("4:11"), positions(findings));
        assertEquals("The keyphrase \"garden care\" is missing from the title, the description, the first paragraph, "
                + "the slug; search engines and readers look for it in these places first.", findings.get(0).message());
        assertEquals(1, check(rule, "p.md", "---\nkeywords: \"seo, tips\"\ntitle: SEO\ndescription: SEO\n---\nSEO\n").size());
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: none set\n---\n"));
    }
}
