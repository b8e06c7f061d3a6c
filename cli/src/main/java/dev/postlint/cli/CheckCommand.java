package dev.postlint.cli;

import dev.postlint.core.config.Config;
import dev.postlint.core.config.ConfigException;
import dev.postlint.core.config.ConfigLoader;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.report.ReportContext;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FileCollector;
import dev.postlint.core.run.InputFile;
import dev.postlint.core.run.LintResult;
import dev.postlint.core.run.Linter;
import dev.postlint.core.run.ProcessingError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postlint check [PATH...]}: checks posts and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check Markdown posts (files, or folders searched for *.md and *.markdown).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on level",
            "1:findings at or above the --fail-on level, or files that could not be read",
            "2:usage or config error",
            "3:internal error"})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or folders to check (default: the current folder).")
    List<String> paths = List.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES}. "
            + "Repeat it with one --output each; one format may go to standard output (default: text, plus github "
            + "annotations when GITHUB_ACTIONS=true).")
    List<OutputFormat> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report of the matching --format to FILE.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailLevel failOn = FailLevel.error;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: .postlint.yml in the current folder or the nearest parent).")
    Path configFile;

    @Option(names = "--offline", description = "Do not check external links; internal links are still checked.")
    boolean offline;

    @Option(names = "--threads", paramLabel = "N", description = "Files checked at once (default: number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<ReportTarget> targets;
        try {
            targets = ReportTarget.pair(formats, outputs, "true".equals(System.getenv("GITHUB_ACTIONS")));
        } catch (IllegalArgumentException e) {
            err.println("postlint: " + e.getMessage());
            return ExitCode.USAGE;
        }
        RuleRegistry registry = RuleRegistry.loadBuiltIn();
        Config config;
        List<InputFile> files;
        try {
            config = loadConfig(registry);
            files = new FileCollector(config).collect(paths);
        } catch (ConfigException e) {
            err.println("postlint: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (NoSuchFileException e) {
            err.println("postlint: no such file or folder: " + e.getFile());
            return ExitCode.USAGE;
        }
        if (offline) {
            config = config.withLinks(config.links().offline());
        }
        ProgressListener progress = System.console() != null && System.getenv("CI") == null
                ? new TerminalProgress(err) : ProgressListener.NONE;
        LintResult result = new Linter(config, registry, threads, progress).run(files);
        for (ProcessingError error : result.errors()) {
            err.println("postlint: " + (error.internal() ? "internal error: " : "error: ") + error);
        }
        try {
            writeReports(result, files, targets);
        } catch (ReportFile.RefusedException e) {
            err.println("postlint: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("postlint: cannot write a report: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (result.hasInternalErrors()) {
            return ExitCode.INTERNAL;
        }
        boolean failed = failOn.threshold().map(t -> result.countAtLeast(t) > 0).orElse(false);
        return failed || !result.errors().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private Config loadConfig(RuleRegistry registry) throws ConfigException {
        Optional<Path> file = configFile != null ? Optional.of(configFile) : ConfigLoader.locate(Path.of(""));
        if (configFile != null && !configFile.toFile().isFile()) {
            throw new ConfigException(configFile + ": config file not found");
        }
        return file.isPresent() ? new ConfigLoader(registry).load(file.get())
                : Config.defaults(Path.of("").toAbsolutePath());
    }

    private void writeReports(LintResult result, List<InputFile> files, List<ReportTarget> targets) throws IOException {
        ReportContext context = ReportContext.of(failOn.threshold());
        boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
        PrintWriter out = spec.commandLine().getOut();
        for (ReportTarget target : targets) {
            StringBuilder report = new StringBuilder();
            target.format().reporter(target.output().isEmpty() && terminal, context).write(result, report);
            if (target.output().isPresent()) {
                ReportFile.write(target.output().get(), report.toString(), files);
            } else {
                out.print(report);
            }
        }
        out.flush();
    }
}
