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

    private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> all = new java.util.LinkedHashMap<>();
        all.put("check", CheckCommand::new);
        all.put("baseline", BaselineCommand::new);
        all.put("init", InitCommand::new);
        all.put("explain", ExplainCommand::new);
        all.put("rules", RulesCommand::new);
        all.put("site", SiteCommand::new);
        all.put("schema", SchemaCommand::new);
        all.put("lsp", LspCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    /** A command line with postlint's exit codes: 2 for usage errors, 3 for internal errors, one line each. */
    public static CommandLine newCommandLine() {
        return newCommandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: when they start with a command's name, only that command is
     * built, since picocli reads every command's options by reflection at start-up (0.1 s of a run).
     */
    public static CommandLine newCommandLine(String[] args) {
        return args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")
                ? newCommandLine(java.util.Set.of(args[0])) : newCommandLine();
    }

    private static CommandLine newCommandLine(java.util.Set<String> names) {
        CommandLine cl = new CommandLine(new PostlintCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
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
