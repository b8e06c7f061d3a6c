package dev.postlint.cli;

import dev.postlint.core.pipeline.CheckException;
import dev.postlint.core.pipeline.CheckPipeline;
import dev.postlint.core.pipeline.CheckRequest;
import dev.postlint.core.rule.RuleRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postlint baseline [PATH...]}: accepts today's findings, so that {@code check} fails only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write every current finding to .postlint-baseline.json (in the config's folder), so that "
                + "'postlint check' then reports and fails only on new findings.",
                "With --prune, drop the entries fixed since instead, and add nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the baseline was written", "2:usage or config error", "3:internal error"})
final class BaselineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or folders to check (default: the current folder).")
    List<String> paths = List.of(".");

    @Option(names = "--prune", description = "Only drop the entries of findings fixed since the baseline was written.")
    boolean prune;

    @Option(names = "--baseline", paramLabel = "FILE", description = "The baseline file (default: "
            + ".postlint-baseline.json in the config's folder).")
    Path baseline;

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            CheckRequest request = CheckRequest.in(Path.of("")).paths(paths).configFile(Optional.ofNullable(run.configFile))
                    .offline(run.offline).resultCache(!run.noCache).notices(err::println)
                    .baselineFile(Optional.ofNullable(baseline)).build();
            CheckPipeline.BaselineWritten written = new CheckPipeline(RuleRegistry.loadBuiltIn())
                    .writeBaseline(request, prune);
            out.println("postlint: " + (prune ? "dropped " + written.dropped() + " fixed "
                    + (written.dropped() == 1 ? "entry" : "entries") + "; " : "") + written.entries() + " "
                    + (written.entries() == 1 ? "finding is" : "findings are") + " accepted in " + written.file());
            return ExitCode.OK;
        } catch (CheckException e) {
            err.println("postlint: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            err.println("postlint: internal error: " + e);
            return ExitCode.INTERNAL;
        }
    }
}
