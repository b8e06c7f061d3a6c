package dev.postlint.cli;

import dev.postlint.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code postlint} command. */
@Command(name = "postlint", mixinStandardHelpOptions = true, versionProvider = PostlintCommand.VersionProvider.class,
        description = "Content quality and SEO linter for Markdown blog posts with front matter.",
        subcommands = {CheckCommand.class, BaselineCommand.class, InitCommand.class, ExplainCommand.class,
            RulesCommand.class, SiteCommand.class, SchemaCommand.class, LspCommand.class})
public final class PostlintCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with postlint's exit codes: 2 for usage errors, 3 for internal errors, one line each. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new PostlintCommand());
        cl.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("postlint: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'postlint --help' for usage.");
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
