package dev.postlint.core.links;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/** A semaphore whose waiters get a future instead of blocking a thread. */
final class AsyncPermits {
    /**
     * Where a freed permit hands on to its next waiter: a pool of its own, since the common pool has a
     * single thread on a 2-core machine and would start every waiting request one after the other.
     */
    private static final java.util.concurrent.Executor RELEASES = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "postlint-permits");
        t.setDaemon(true);
        return t;
    });
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int available;

    AsyncPermits(int permits) {
        this.available = permits;
    }

    CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (available > 0) {
                available--;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> ticket = new CompletableFuture<>();
            waiting.add(ticket);
            return ticket;
        }
    }

    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                available++;
                return;
            }
        }
        next.completeAsync(() -> null, RELEASES);
    }
}
