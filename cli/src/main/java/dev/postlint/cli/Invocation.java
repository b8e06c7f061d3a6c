package dev.postlint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command takes from the process that asked for it: the folder it runs in, its environment, whether
 * standard input and output are a terminal, and its standard input. The JVM's own, or a client's when the
 * resident process serves it.
 */
record Invocation(Path workingDir, Map<String, String> environment, boolean interactive,
                  Supplier<InputStream> standardInput) {

    static Invocation ofThisProcess() {
        return new Invocation(Path.of("").toAbsolutePath(), System.getenv(), System.console() != null, () -> System.in);
    }

    String env(String name) {
        return environment.get(name);
    }
}
