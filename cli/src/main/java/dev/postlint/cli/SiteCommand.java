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

/** {@code postlint site [PATH]}: what postlint understood of the site, so a user can see why a link resolves or not. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Show what postlint understands of a site: generator, root, base URL, permalinks, pages.")
final class SiteCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "A folder or post of the site (default: the current folder).")
    String path = ".";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: .postlint.yml in the current folder or the nearest parent).")
    Path configFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            CheckRequest request = CheckRequest.in(Path.of("")).paths(List.of(path))
                    .configFile(Optional.ofNullable(configFile)).build();
            new CheckPipeline(RuleRegistry.loadBuiltIn()).describeSite(request).lines().forEach(out::println);
            out.flush();
            return ExitCode.OK;
        } catch (CheckException e) {
            spec.commandLine().getErr().println("postlint: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }
}
