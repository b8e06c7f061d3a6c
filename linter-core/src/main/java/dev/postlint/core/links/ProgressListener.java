package dev.postlint.core.links;

/** Told how far a run has got, files first and then external links, e.g. to draw a progress bar. */
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** How many of the external links are checked. */
    void progress(int done, int total);

    /** How many of the files are checked. */
    default void files(int done, int total) {
    }

    default void finished() {
    }
}
