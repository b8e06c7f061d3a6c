package dev.postlint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command takes from the process that asked for it: the folder it runs in, its environment, whether
 * standard input and output are a terminal, and its standard input. The JVM's own, or a client's when the
 * resident process serves it. {@code processArguments} are this JVM's command-line arguments when the command
 * runs as the process's own (empty when served), for a process that hands its run to another.
 */
record Invocation(Path workingDir, Map<String, String> environment, boolean interactive,
                  Supplier<InputStream> standardInput, List<String> processArguments) {

    static Invocation ofThisProcess(String... args) {
        return new Invocation(Path.of("").toAbsolutePath(), System.getenv(), System.console() != null, () -> System.in,
                List.of(args));
    }

    String env(String name) {
        return environment.get(name);
    }
}
