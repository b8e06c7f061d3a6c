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

    /** A one-line notice for the user, such as external links left unchecked for want of a network. */
    default void notice(String line) {
    }

    /** This listener, with its notices going to {@code notices}. */
    default ProgressListener withNotices(java.util.function.Consumer<String> notices) {
        ProgressListener self = this;
        return new ProgressListener() {
            @Override
            public void progress(int done, int total) {
                self.progress(done, total);
            }

            @Override
            public void files(int done, int total) {
                self.files(done, total);
            }

            @Override
            public void finished() {
                self.finished();
            }

            @Override
            public void notice(String line) {
                notices.accept(line);
            }
        };
    }
}
