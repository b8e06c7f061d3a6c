package dev.postlint.rules;

import static dev.postlint.rules.RuleTester.check;
import static dev.postlint.rules.RuleTester.positions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.frontmatter.FrontMatterSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileEncodingRuleTest {
    private final FileEncodingRule rule = new FileEncodingRule();

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        assertEquals(List.of(), check(rule, "p.md", "---\ntitle: Grüße\n---\nÄrger über Maß\n"));
        byte[] bom = "\uFEFF# Größe\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), check(rule, "p.md", bom, Map.of(), FrontMatterSettings.defaults()));
    }

    @Test
    void latin1BytesAreReportedAtTheFirstBadCharacter() {
        byte[] latin1 = "---\ntitle: x\n---\nStra\u00dfe und Gr\u00fc\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1);
        var findings = check(rule, "p.md", latin1, Map.of(), FrontMatterSettings.defaults());
        assertEquals(List.of("4:5"), positions(findings));
        assertEquals("file-encoding", findings.get(0).ruleId());
    }
}
