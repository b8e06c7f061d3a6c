package dev.postlint.cli;

import dev.postlint.core.links.ProgressListener;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, for files once a run takes longer than a second and then for
 * external links; only used on a terminal, and cleared before the report.
 */
final class TerminalProgress implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long QUIET_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    @Override
    public synchronized void files(int done, int total) {
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || (done < total && now - lastDrawn < 100_000_000L)) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - started) / 1e9;
        draw("Checking files", done, total, String.format(" (%.0f files/s)", done / seconds));
        if (done == total) {
            finished();
        }
    }

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDrawn < 100_000_000L) {
            return;
        }
        lastDrawn = now;
        draw("Checking links", done, total, "");
    }

    private void draw(String what, int done, int total, String rate) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r" + what + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + rate);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void finished() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
