package dev.postlint.cli;

import dev.postlint.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code postlint} command. */
@Command(name = "postlint", mixinStandardHelpOptions = true, versionProvider = PostlintCommand.VersionProvider.class,
        description = "Content quality and SEO linter for Markdown blog posts with front matter.",
        subcommands = {CheckCommand.class, BaselineCommand.class, InitCommand.class, ExplainCommand.class,
            RulesCommand.class, SiteCommand.class, SchemaCommand.class, LspCommand.class,
            CommandLine.HelpCommand.class})
public final class PostlintCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the short usage on standard error, and the usage error's exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr(), CommandLine.Help.Ansi.OFF);
        return ExitCode.USAGE;
    }

    /** A command line with postlint's exit codes: 2 for usage errors, 3 for internal errors, one line each. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new PostlintCommand());
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
