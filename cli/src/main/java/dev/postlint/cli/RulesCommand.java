package dev.postlint.cli;

import dev.postlint.core.rule.Rule;
import dev.postlint.core.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code postlint rules}: every rule with its id, default severity, category and description. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule with its default severity and category.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleRegistry registry = RuleRegistry.loadBuiltIn();
        int width = registry.all().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (Rule rule : registry.all()) {
            out.printf("%-" + width + "s  %-7s  %-12s  %s%n", rule.id(), rule.defaultSeverity().label(),
                    rule.category().id(), rule.description());
        }
        out.flush();
        return ExitCode.OK;
    }
}
