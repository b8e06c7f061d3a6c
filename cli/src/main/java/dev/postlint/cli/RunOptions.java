package dev.postlint.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that runs the check: which config, links offline, the result cache. */
final class RunOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: .postlint.yml in the current folder or the nearest parent).")
    Path configFile;

    @Option(names = "--offline", description = "Do not check external links; internal links are still checked.")
    boolean offline;

    @Option(names = "--no-cache", negatable = false, description = "Check every file again instead of reusing the "
            + "results of unchanged files from .postlint-cache/results.bin.")
    boolean noCache;
}
