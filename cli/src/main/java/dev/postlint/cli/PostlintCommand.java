package dev.postlint.cli;

import dev.postlint.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code postlint} command. */
@Command(name = "postlint", mixinStandardHelpOptions = true, versionProvider = PostlintCommand.VersionProvider.class,
        description = "Content quality and SEO linter for Markdown blog posts with front matter.")
public final class PostlintCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the short usage on standard error, and the usage error's exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr(), CommandLine.Help.Ansi.OFF);
        return ExitCode.USAGE;
    }

    private static final java.util.List<String> SUBCOMMANDS = java.util.List.of("check", "baseline", "init", "explain",
            "rules", "site", "schema", "lsp", "help");

    /*
     * A switch, not a table of constructor references: Java 25's ahead-of-time cache crashed the JVM making
     * it (25.0.3) when a lambda in a class initializer named picocli's help command, a class it cannot link.
     */
    private static Object subcommand(String name, java.util.function.Supplier<Invocation> invocations) {
        return switch (name) {
            case "check" -> new CheckCommand(invocations);
            case "baseline" -> new BaselineCommand();
            case "init" -> new InitCommand();
            case "explain" -> new ExplainCommand();
            case "rules" -> new RulesCommand();
            case "site" -> new SiteCommand();
            case "schema" -> new SchemaCommand();
            case "lsp" -> new LspCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A command line with postlint's exit codes: 2 for usage errors, 3 for internal errors, one line each. */
    public static CommandLine newCommandLine() {
        Invocation invocation = Invocation.ofThisProcess();
        return newCommandLine(java.util.Set.copyOf(SUBCOMMANDS), () -> invocation);
    }

    /**
     * The command line for these arguments: when they start with a command's name, only that command is
     * built, since picocli reads every command's options by reflection at start-up (about 0.07 s of a run).
     */
    public static CommandLine newCommandLine(String[] args) {
        return newCommandLine(args, Invocation.ofThisProcess(args));
    }

    static CommandLine newCommandLine(String[] args, Invocation invocation) {
        return newCommandLine(args, () -> invocation);
    }

    /**
     * A command line whose runs each take the invocation {@code invocations} gives at that moment: a process
     * that serves run after run builds it once (picocli resets every option before each parse).
     */
    static CommandLine newCommandLine(String[] args, java.util.function.Supplier<Invocation> invocations) {
        return newCommandLine(args.length > 0 && SUBCOMMANDS.contains(args[0]) && !args[0].equals("help")
                ? java.util.Set.of(args[0]) : java.util.Set.copyOf(SUBCOMMANDS), invocations);
    }

    private static CommandLine newCommandLine(java.util.Set<String> names,
                                              java.util.function.Supplier<Invocation> invocations) {
        CommandLine cl = new CommandLine(new PostlintCommand());
        for (String name : SUBCOMMANDS) {
            if (names.contains(name)) {
                cl.addSubcommand(name, subcommand(name, invocations));
            }
        }
        cl.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            var err = ex.getCommandLine().getErr();
            err.println("postlint: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
                String wrong = unmatched.getUnmatched().get(0).replaceFirst("=.*", "");
                dev.postlint.core.Suggestions.closest(wrong, unmatched.getSuggestions())
                        .ifPresent(s -> err.println("Did you mean '" + s + "'?"));
            }
            String help = ex.getCommandLine() == cl ? "postlint help" : "postlint help "
                    + ex.getCommandLine().getCommandName();
            err.println("Run '" + help + "' for usage.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("postlint: internal error: " + ex);
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"postlint " + Version.get()};
        }
    }
}
