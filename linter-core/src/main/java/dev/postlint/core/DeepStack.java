package dev.postlint.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * Deep threads kept for a while for callers on ordinary threads: starting one costs about a
     * millisecond (its stack is mapped), more than parsing a typical post.
     */
    private static final ExecutorService SPARE =
            Executors.newCachedThreadPool(task -> newThread(task, "postlint-parse"));

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
        Future<T> result = SPARE.submit(work::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
