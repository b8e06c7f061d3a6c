package dev.postlint.cli;

import dev.postlint.core.config.ConfigSchema;
import dev.postlint.core.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code postlint schema}: the JSON Schema of {@code .postlint.yml}, made from the rules this postlint has. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of .postlint.yml for the rules this postlint has (docs/postlint.schema.json).")
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ConfigSchema.of(RuleRegistry.loadBuiltIn()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
