package dev.postlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rule has its doc page, packaged with it, and a row in the README's rules table, with its default severity and category. */
class DocsTest {
    private final Path root = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyRuleIsDocumented() throws Exception {
        String readme = Files.readString(root.resolve("README.md"));
        for (Rule rule : RuleRegistry.loadBuiltIn().all()) {
            Path page = root.resolve("docs/rules/" + rule.id() + ".md");
            assertTrue(Files.isRegularFile(page), "missing " + page);
            String doc = Files.readString(page);
            assertTrue(doc.startsWith("# " + rule.id() + "\n"), page + " must start with its id");
            assertTrue(doc.contains("**Default severity:** " + rule.defaultSeverity().label()), page + " severity");
            assertTrue(doc.contains("**Category:** " + rule.category().id()), page + " category");
            assertEquals(Optional.of(doc), rule.docPage(), rule.id() + " packages its own page");
            for (var option : rule.options()) {
                assertTrue(doc.contains("`" + option.name() + "`"), page + " must document option " + option.name());
            }
            assertTrue(readme.contains("| [`" + rule.id() + "`](docs/rules/" + rule.id() + ".md) | "
                    + rule.defaultSeverity().label() + " | " + rule.category().id() + " |"),
                    "README rules table row for " + rule.id());
        }
    }

    @Test
    void everyOptionOfEveryCommandIsInTheReadme() throws Exception {
        String readme = Files.readString(root.resolve("README.md"));
        picocli.CommandLine cl = PostlintCommand.newCommandLine();
        for (var sub : cl.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            assertTrue(readme.contains("postlint " + sub.getKey()), "README shows the command " + sub.getKey());
            for (var option : sub.getValue().getCommandSpec().options()) {
                String name = option.longestName();
                if (name.equals("--help") || name.equals("--version")) {
                    continue;
                }
                assertTrue(java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(name)
                        + "(?![\\w-])").matcher(readme).find(), "README documents " + sub.getKey() + " " + name);
            }
        }
    }
}
