package dev.postlint.core.links;

/** Told how far external link checking has got, e.g. to draw a progress bar. */
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);

    default void finished() {
    }
}
