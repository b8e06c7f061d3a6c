package dev.postlint.cli;

/** Exit codes, part of the public interface for CI. */
final class ExitCode {
    /** Nothing at or above the --fail-on level. */
    static final int OK = 0;
    /** Findings at or above the --fail-on level, or files that could not be read. */
    static final int FINDINGS = 1;
    /** Wrong usage or an unusable config file. */
    static final int USAGE = 2;
    /** A fault in postlint itself. */
    static final int INTERNAL = 3;

    private ExitCode() {
    }
}
