package dev.postlint.core.run;

/**
 * A file that could not be checked (unreadable) or a rule that failed on it. {@code internal} marks
 * a fault of postlint itself rather than of the input.
 */
public record ProcessingError(String file, String message, boolean internal) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
