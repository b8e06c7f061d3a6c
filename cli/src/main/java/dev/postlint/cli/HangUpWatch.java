package dev.postlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.Executor;

/**
 * Interrupts a served run when its launcher goes away (Ctrl-C, an editor cancelling its task): the
 * launcher sends nothing after its request, so the run's own connection ends only then, or when the run
 * closes it. The check stops at its next wait, files checked or links fetched, and the next run need not
 * wait for one nobody reads.
 */
final class HangUpWatch {
    private final Thread runner;
    private boolean over;

    private HangUpWatch(Thread runner) {
        this.runner = runner;
    }

    /** Watches {@code connection} on one of {@code threads} for the run on this thread. */
    static HangUpWatch start(Socket connection, Executor threads) {
        HangUpWatch watch = new HangUpWatch(Thread.currentThread());
        threads.execute(() -> watch.await(connection));
        return watch;
    }

    private void await(Socket connection) {
        try {
            InputStream in = connection.getInputStream();
            while (in.read() >= 0) {
                // Nothing more is sent; bytes that come anyway are not a hang-up.
            }
        } catch (IOException e) {
            // Reset or closed: gone either way.
        }
        synchronized (this) {
            if (!over) {
                runner.interrupt();
            }
        }
    }

    /** Called by the run when it is over: no interrupt from now on, and none left over. */
    synchronized void stop() {
        over = true;
        Thread.interrupted();
    }
}
