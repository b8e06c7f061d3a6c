package dev.postlint.cli;

import dev.postlint.core.Severity;
import dev.postlint.core.links.ProgressListener;
import dev.postlint.core.pipeline.CheckException;
import dev.postlint.core.pipeline.CheckOutcome;
import dev.postlint.core.pipeline.CheckPipeline;
import dev.postlint.core.pipeline.CheckRequest;
import dev.postlint.core.pipeline.ReportTarget;
import dev.postlint.core.pipeline.RunSizeGate;
import dev.postlint.core.report.ReportFormat;
import dev.postlint.core.rule.RuleRegistry;
import dev.postlint.core.run.FailPolicy;
import dev.postlint.core.run.ProcessingError;
import dev.postlint.core.run.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postlint check [PATH...]}: maps its options onto the core check and its verdict onto an exit code. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check Markdown posts (files, or folders searched for *.md and *.markdown).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on level, or no more than --max-allowed",
            "1:more findings at or above the --fail-on level than --max-allowed, or files that could not be read",
            "2:usage or config error",
            "3:internal error"})
final class CheckCommand implements Callable<Integer> {
    /** The report format names, for the help text. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
        }
    }

    /** The --fail-on names, for the help text. */
    static final class FailOnNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning", "info", "never").iterator();
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Who asks for each run: this process, or the launcher a resident server serves. */
    private final java.util.function.Supplier<Invocation> invocations;
    private Invocation invocation;
    /** The second JVM of a large run could not start: this one checks. */
    private boolean handOffFailed;

    CheckCommand(java.util.function.Supplier<Invocation> invocations) {
        this.invocations = invocations;
    }

    @Parameters(paramLabel = "PATH", description = "Files or folders to check (default: the current folder).")
    List<String> paths = List.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            converter = FormatConverter.class, description = "Report format: ${COMPLETION-CANDIDATES}. "
            + "Repeat it with one --output each; one format may go to standard output (default: text, plus github "
            + "annotations when GITHUB_ACTIONS=true).")
    List<ReportFormat> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report of the matching --format to FILE.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = FailOnNames.class,
            defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--max-allowed", paramLabel = "N", defaultValue = "0",
            description = "Findings at or above the --fail-on level tolerated before the check fails (default: ${DEFAULT-VALUE}).")
    int maxAllowed;

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Files checked at once (default: number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--baseline", paramLabel = "FILE", description = "Leave out the findings accepted in this "
            + "baseline (default: .postlint-baseline.json in the config's folder, when it exists).")
    Path baseline;

    @Option(names = "--no-baseline", negatable = false, description = "Report every finding, baseline or not.")
    boolean noBaseline;

    @Option(names = "--changed", paramLabel = "REF", arity = "0..1", fallbackValue = "",
            description = "Report only posts changed in git against REF (default: the merge base with the default "
                    + "branch), and the cross-post findings that involve them; for pull requests on big sites.")
    String changed;

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Turn a rule or category on for "
            + "this run (repeatable, or comma-separated).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Turn a rule or category off for "
            + "this run (repeatable, or comma-separated).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "PATH", description = "With '-' as the path: the file the post "
            + "from standard input stands for, which places it in its site (default: stdin.md in the current folder).")
    String stdinFilename;

    @Option(names = "--quiet", description = "Print only the findings: no summary, no progress, no notices.")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour in the text report: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), "
                    + "always or never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--fix", description = "Apply the certain fixes (front-matter spaces inside quotes, spaces in "
            + "image paths, ...) to the files, list them on standard error, then report what is left.")
    boolean fix;

    @Option(names = "--fix-summary", paramLabel = "SIDE", description = "With --fix: when a numbered summary and its "
            + "headings differ, change the 'summary' to the headings' words or the 'headings' to the summary's.")
    String fixSummary;

    @Option(names = "--dry-run", description = "With --fix: print the fixes as a unified diff and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        invocation = invocations.get();
        boolean interactive = invocation.interactive();
        try {
            if (maxAllowed < 0) {
                throw new CheckException("--max-allowed must be 0 or more");
            }
            color = color.toLowerCase(java.util.Locale.ROOT);
            if (!List.of("auto", "always", "never").contains(color)) {
                throw new CheckException("--color takes auto, always or never, not '" + color + "'");
            }
            boolean stdin = paths.equals(List.of("-"));
            if (stdin && (fix || changed != null)) {
                throw new CheckException("a post from standard input ('-') cannot be fixed or compared with git");
            }
            if (paths.contains("-") && !stdin) {
                throw new CheckException("'-' (standard input) must be the only path");
            }
            if (dryRun && !fix) {
                throw new CheckException("--dry-run goes with --fix");
            }
            if (fixSummary != null && (!fix || !List.of("summary", "headings").contains(fixSummary))) {
                throw new CheckException("--fix-summary takes summary or headings and goes with --fix");
            }
            Optional<Severity> threshold = FailPolicy.parseThreshold(failOn.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new CheckException(
                    "--fail-on takes error, warning, info or never, not '" + failOn + "'"));
            java.util.function.Consumer<String> notices = quiet ? line -> { } : err::println;
            CheckRequest request = CheckRequest.in(invocation.workingDir())
                    .paths(stdin ? List.of(stdinFilename == null ? "stdin.md" : stdinFilename) : paths)
                    .stdin(stdin ? Optional.of(readStdin()) : Optional.empty())
                    .configFile(Optional.ofNullable(run.configFile))
                    .offline(run.offline)
                    .resultCache(!run.noCache)
                    .notices(notices)
                    .sizeGate(stdin || handOffFailed ? RunSizeGate.NONE : LargeRunHandOff.of(invocation, notices))
                    .baselineFile(Optional.ofNullable(baseline))
                    .useBaseline(!noBaseline)
                    .ruleOptions(fixSummary == null ? java.util.Map.of()
                            : java.util.Map.of("heading-summary-mismatch", java.util.Map.of("fix", fixSummary)))
                    .changed(changed != null, Optional.ofNullable(changed).filter(r -> !r.isEmpty()))
                    .fixMode(!fix ? CheckRequest.FixMode.NONE : dryRun ? CheckRequest.FixMode.DRY_RUN
                            : CheckRequest.FixMode.APPLY)
                    .threads(threads)
                    .failPolicy(new FailPolicy(threshold, maxAllowed))
                    .reports(ReportTarget.pair(formats, outputs, "true".equals(invocation.env("GITHUB_ACTIONS"))))
                    .colourOnStandardOutput(colour(interactive))
                    .quiet(quiet)
                    .switched(enable, disable)
                    .environment(invocation.environment())
                    .progress(interactive && !quiet && invocation.env("CI") == null ? new TerminalProgress(err)
                            : ProgressListener.NONE)
                    .build();
            CheckOutcome outcome = new CheckPipeline(RuleRegistry.loadBuiltIn()).run(request, out);
            out.flush();
            for (ProcessingError error : outcome.result().errors()) {
                err.println("postlint: " + (error.internal() ? "internal error: " : "error: ") + error);
            }
            outcome.baseline().filter(b -> !quiet).ifPresent(b -> err.println("postlint: " + b.summary()));
            if (fix) {
                outcome.fixes().forEach(f -> err.println("postlint: " + (dryRun ? "would fix " : "fixed ") + f));
                err.println("postlint: " + (dryRun ? "would apply " : "applied ") + outcome.fixes().size() + " "
                        + (outcome.fixes().size() == 1 ? "fix" : "fixes"));
                if (dryRun) {
                    return ExitCode.OK;
                }
            }
            if (!outcome.missingPaths().isEmpty() && outcome.verdict().outcome() != Verdict.Outcome.INTERNAL_ERROR) {
                return ExitCode.USAGE;
            }
            return switch (outcome.verdict().outcome()) {
                case PASSED -> ExitCode.OK;
                case FAILED -> ExitCode.FINDINGS;
                case INTERNAL_ERROR -> ExitCode.INTERNAL;
            };
        } catch (LargeRunHandOff.HandedOff handedOff) {
            java.util.OptionalInt code = handedOff.run();
            if (code.isPresent()) {
                return code.getAsInt();
            }
            handOffFailed = true;
            try {
                return call();
            } finally {
                handOffFailed = false;
            }
        } catch (CheckException e) {
            out.flush();
            err.println("postlint: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            out.flush();
            err.println("postlint: internal error: " + e);
            return ExitCode.INTERNAL;
        }
    }

    /** At most 64 MB of standard input: a post, not a stream without end. */
    private byte[] readStdin() throws CheckException {
        try {
            byte[] bytes = invocation.standardInput().get().readNBytes(64 * 1024 * 1024 + 1);
            if (bytes.length > 64 * 1024 * 1024) {
                throw new CheckException("standard input is larger than 64 MB; that is no post");
            }
            return bytes;
        } catch (java.io.IOException e) {
            throw new CheckException("cannot read standard input: " + e.getMessage());
        }
    }

    /** Whether the text report on standard output is coloured: --color, then NO_COLOR and TERM=dumb. */
    private boolean colour(boolean interactive) {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            default -> interactive && invocation.env("NO_COLOR") == null
                    && !"dumb".equals(invocation.env("TERM"));
        };
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'" + dev.postlint.core.Suggestions.closest(value,
                            java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList())
                            .map(f -> " (did you mean '" + f + "'?)").orElse("") + "; postlint writes "
                            + ReportFormat.ids()));
        }
    }
}
