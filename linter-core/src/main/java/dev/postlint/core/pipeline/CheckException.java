package dev.postlint.core.pipeline;

/** A check that cannot start or cannot deliver its reports: a config error, a missing path, a refused output. */
public final class CheckException extends Exception {
    public CheckException(String message) {
        super(message);
    }
}
