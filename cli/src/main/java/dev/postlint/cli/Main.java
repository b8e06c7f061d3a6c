package dev.postlint.cli;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        picocli.CommandLine commandLine = PostlintCommand.newCommandLine(args);
        commandLine.setOut(bufferedStandardOutput());
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

    /** Standard output in the character set Java gives it, in 64 KB writes; flushed before postlint exits. */
    private static java.io.PrintWriter bufferedStandardOutput() {
        String name = System.getProperty("sun.stdout.encoding");
        java.nio.charset.Charset charset = name != null && java.nio.charset.Charset.isSupported(name)
                ? java.nio.charset.Charset.forName(name) : java.nio.charset.Charset.defaultCharset();
        return buffered(System.out, charset);
    }

    /**
     * A report's writer in 64 KB writes: picocli's own flushes at every line, and Java's standard output
     * passes on every 128 bytes, thousands of system calls for a long report.
     */
    static java.io.PrintWriter buffered(java.io.OutputStream out, java.nio.charset.Charset charset) {
        return new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, charset), 1 << 16),
                false);
    }
}
