package dev.postlint.cli;

import dev.postlint.core.links.ProgressListener;
import java.io.PrintWriter;

/** A one-line progress bar on stderr while external links are checked; only used on a terminal. */
final class TerminalProgress implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private long lastDrawn;

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
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\rChecking links [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    @Override
    public synchronized void finished() {
        err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        err.flush();
    }
}
