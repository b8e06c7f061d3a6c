package dev.postlint.cli;

import dev.postlint.core.Suggestions;
import dev.postlint.core.rule.Category;
import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code postlint explain RULE}: a rule's documentation page in the terminal; a category lists its rules. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a rule's documentation: what it catches, why it matters, its options, how to fix it. "
                + "Given a category, list its rules.")
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, such as image-alt-missing, or a category.")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleRegistry registry = RuleRegistry.loadBuiltIn();
        Optional<Rule> rule = registry.find(name);
        if (rule.isPresent()) {
            out.print(rule.get().docPage().orElse("# " + name + "\n\n" + rule.get().description() + "\n"));
            out.println();
            out.println("Online: " + rule.get().docUrl());
            out.flush();
            return ExitCode.OK;
        }
        Optional<Category> category = Category.parse(name);
        if (category.isPresent()) {
            registry.all().stream().filter(r -> r.category() == category.get())
                    .sorted(java.util.Comparator.comparing(Rule::id))
                    .forEach(r -> out.printf("%-26s %-8s %s%n", r.id(), r.defaultSeverity().label(), r.description()));
            out.flush();
            return ExitCode.OK;
        }
        spec.commandLine().getErr().println("postlint: unknown rule '" + name + "'"
                + Suggestions.closest(name, registry.names()).map(n -> " (did you mean '" + n + "'?)").orElse("")
                + "; 'postlint rules' lists the rules");
        return ExitCode.USAGE;
    }
}
