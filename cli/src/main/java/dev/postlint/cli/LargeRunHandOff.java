package dev.postlint.cli;

import dev.postlint.core.pipeline.CheckException;
import dev.postlint.core.pipeline.RunSize;
import dev.postlint.core.pipeline.RunSizeGate;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands a check of many posts to a second JVM with Java's optimizing compiler (C2). The launcher runs
 * postlint with C1 only, which is fastest for the common small runs; C2 needs seconds to warm up and then
 * checks a post in about 0.9 ms instead of 1.5 ms, so it wins from about 16,000 posts. A check that will
 * read at least as many posts as {@value #SETTING} says (20,000 unless set; {@code off} for never) starts
 * a JVM with this one's options, C2 only instead of C1 only (tiered compilation, which profiles in C1
 * first, was slower at 20,000 and at 50,000 posts: docs/performance.md) and without the start-up archive; it does the
 * whole check with the same arguments, folder, standard streams and environment, and this JVM exits with
 * its exit code.
 */
final class LargeRunHandOff implements RunSizeGate {
    static final String SETTING = "POSTLINT_LARGE_RUN";
    static final int DEFAULT_FROM = 20_000;

    /**
     * The check is to run in a second JVM: thrown out of the check, so that nothing this JVM has read
     * for it stays reachable while the second one runs, then {@link #run}.
     */
    static final class HandedOff extends RuntimeException {
        private final transient ProcessBuilder second;
        private final transient Consumer<String> notices;

        HandedOff(ProcessBuilder second, Consumer<String> notices) {
            super(null, null, false, false);
            this.second = second;
            this.notices = notices;
        }

        /** Runs the second JVM to its end: its exit code; none when it could not start. */
        OptionalInt run() {
            Process process;
            try {
                process = second.start();
            } catch (IOException e) {
                notices.accept("postlint: the second Java process could not start (" + e.getMessage()
                        + "); this one checks the posts");
                return OptionalInt.empty();
            }
            return OptionalInt.of(waitFor(process));
        }
    }

    private final Invocation invocation;
    private final int from;
    private final Consumer<String> notices;

    private LargeRunHandOff(Invocation invocation, int from, Consumer<String> notices) {
        this.invocation = invocation;
        this.from = from;
        this.notices = notices;
    }

    /** The gate for a run: none when the command is served (no process of its own) or the setting is off. */
    static RunSizeGate of(Invocation invocation, Consumer<String> notices) throws CheckException {
        if (invocation.processArguments().isEmpty()) {
            return NONE;
        }
        String setting = invocation.env(SETTING);
        if (setting == null || setting.isBlank()) {
            return new LargeRunHandOff(invocation, DEFAULT_FROM, notices);
        }
        if (setting.strip().toLowerCase(Locale.ROOT).equals("off")) {
            return NONE;
        }
        try {
            int from = Integer.parseInt(setting.strip());
            if (from > 0) {
                return new LargeRunHandOff(invocation, from, notices);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CheckException(SETTING + " takes a number of posts or 'off', not '" + setting + "'");
    }

    @Override
    public void before(RunSize size) {
        if (size.files() < from || size.filesToRead() < from) {
            return;
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (options.stream().noneMatch(o -> o.matches("-XX:TieredStopAtLevel=[0-3]"))) {
            return; // this JVM has C2 already
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : options) {
            if (option.startsWith("-XX:TieredStopAtLevel=")) {
                command.add("-XX:-TieredCompilation");
            } else if (!option.startsWith("-XX:SharedArchiveFile=") && !option.startsWith("-XX:AOTCache=")
                    && !option.startsWith("-XX:CICompilerCount=")) {
                // C2 gets the JVM's own number of compiler threads: the launcher's one thread on two CPUs was
                // chosen for C1 and is no gain for C2 at 20,000 or 50,000 posts (docs/performance.md).
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(invocation.processArguments());
        ProcessBuilder builder = new ProcessBuilder(command).directory(invocation.workingDir().toFile()).inheritIO();
        builder.environment().put(SETTING, "off");
        // Their options are among this JVM's already; read again, they would be given twice and announced twice.
        List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").forEach(builder.environment()::remove);
        notices.accept(String.format(Locale.ROOT, "postlint: %,d posts to read: a second Java process with the "
                + "optimizing compiler checks them, as it does from %,d posts (%s=off keeps them in this one)",
                size.filesToRead(), from, SETTING));
        throw new HandedOff(builder, notices);
    }

    /** The second JVM's exit code; stopped with this one (Ctrl-C reaches both, a kill of this one only this). */
    private static int waitFor(Process process) {
        Thread stop = new Thread(() -> {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "postlint-hand-off-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return ExitCode.INTERNAL;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs
            }
        }
    }
}
