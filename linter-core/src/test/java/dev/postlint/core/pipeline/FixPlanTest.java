package dev.postlint.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postlint.core.Fix;
import dev.postlint.core.Post;
import dev.postlint.core.Severity;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.PostRule;
import dev.postlint.core.rule.RuleContext;
import dev.postlint.core.rule.RuleDefinition;
import dev.postlint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safety net of {@code --fix}: a fix that would add a finding, or that overlaps another, is not applied. */
class FixPlanTest {
    /** Reports a word and offers to replace it, the way a careless rule might. */
    static final class ReplacingRule extends RuleDefinition implements PostRule {
        private final String word;
        private final String replacement;

        ReplacingRule(String id, String word, String replacement) {
            super(id, Severity.ERROR, Category.STYLE, "test");
            this.word = word;
            this.replacement = replacement;
        }

        @Override
        public void check(Post post, RuleContext context) {
            Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(post.source().text());
            while (m.find()) {
                var at = post.source().position(m.start());
                context.report(post, at, "'" + word + "' found", Fix.replace("replaced " + word, at, word, replacement));
            }
        }
    }

    @TempDir
    Path dir;

    private CheckOutcome fix(Path post, ReplacingRule... rules) throws Exception {
        Files.writeString(dir.resolve(".postlint.yml"), "");
        return new CheckPipeline(new RuleRegistry(List.of(rules))).run(CheckRequest.in(dir).paths(List.of(post.toString()))
                .offline(true).resultCache(false).fixMode(CheckRequest.FixMode.APPLY).build(), new StringBuilder());
    }

    @Test
    void aFixThatWouldAddAFindingIsDroppedAndTheOthersApplied() throws Exception {
        Path post = Files.writeString(dir.resolve("p.md"), "A colour and a grey day.\n");
        CheckOutcome outcome = fix(post, new ReplacingRule("colour-word", "colour", "hue"),
                new ReplacingRule("grey-word", "grey", "fine"), new ReplacingRule("hue-word", "hue", "tint"));
        assertEquals("A colour and a fine day.\n", Files.readString(post),
                "colour -> hue would add a hue-word finding");
        assertEquals(List.of("grey-word"), outcome.fixes().stream().map(CheckOutcome.AppliedFix::ruleId).toList());
        assertEquals(List.of("colour-word"), outcome.result().findings().stream().map(f -> f.ruleId()).toList());
    }

    @Test
    void overlappingFixesApplyOnlyTheFirst() throws Exception {
        Path post = Files.writeString(dir.resolve("p.md"), "Grey skies.\n");
        fix(post, new ReplacingRule("one", "Grey", "Blue"), new ReplacingRule("two", "Grey", "Dark"));
        assertEquals("Blue skies.\n", Files.readString(post));
    }
}
