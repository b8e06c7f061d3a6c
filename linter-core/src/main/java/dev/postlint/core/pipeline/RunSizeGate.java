package dev.postlint.core.pipeline;

/**
 * Told a check's size before it reads a file or says a word: a front end may run a large check elsewhere
 * (the command line hands it to a JVM with Java's optimizing compiler) by throwing an exception of its
 * own, which the check passes on untouched.
 */
@FunctionalInterface
public interface RunSizeGate {
    RunSizeGate NONE = size -> { };

    void before(RunSize size);
}
