package dev.postlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in this JVM exactly as {@code Main} does, capturing its output and exit code. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = PostlintCommand.newCommandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
