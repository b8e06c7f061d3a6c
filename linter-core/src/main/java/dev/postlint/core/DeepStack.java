package dev.postlint.core;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Threads with a deep stack for parsing: flexmark's regular expressions recurse once per character of
 * a run such as 2,000 {@code *}, which overflows the default stack of a thread. The check's workers
 * are such threads; a parse started anywhere else (the language server, fixes, a linked post's
 * anchors) moves to one for its duration.
 */
public final class DeepStack {
    /** Enough for a 10 MB post of one repeated marker; reserved address space, committed only when used. */
    public static final long STACK_BYTES = 256L * 1024 * 1024;

    private static final class DeepThread extends Thread {
        DeepThread(Runnable task, String name) {
            super(null, task, name, STACK_BYTES);
            setDaemon(true);
        }
    }

    private DeepStack() {
    }

    public static Thread newThread(Runnable task, String name) {
        return new DeepThread(task, name);
    }

    /** The value of {@code work}, computed on a deep stack; its exceptions and errors are rethrown here. */
    public static <T> T call(Supplier<T> work) {
        if (Thread.currentThread() instanceof DeepThread) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = newThread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) { // handed to the caller, which decides
                failure.set(t);
            }
        }, "postlint-parse");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
