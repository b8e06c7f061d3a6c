package dev.postlint.cli;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        picocli.CommandLine commandLine = PostlintCommand.newCommandLine(args);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Throwable e) { // an Error outside any one file's check: postlint itself broke
            System.err.println("postlint: internal error: " + e);
            System.exit(ExitCode.INTERNAL);
            return;
        }
        commandLine.getOut().flush();
        if (System.out.checkError()) {
            // A full disk or a reader that went away: the report is lost, and CI must not take that for a pass.
            System.err.println("postlint: error: could not write to standard output (disk full, or the reader "
                    + "closed the pipe); the report is incomplete");
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }
}
