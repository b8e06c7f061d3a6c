package dev.postlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeepStackTest {
    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void aRecursionTooDeepForAnOrdinaryThreadRunsOnADeepOne() {
        assertThrows(StackOverflowError.class, () -> depth(2_000_000));
        assertEquals(2_000_000, DeepStack.call(() -> depth(2_000_000)));
    }

    @Test
    void failuresComeBackAsThemselves() {
        IllegalArgumentException bad = new IllegalArgumentException("bad input");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> DeepStack.call(() -> {
            throw bad;
        })));
        assertThrows(StackOverflowError.class, () -> DeepStack.call(() -> depth(Integer.MAX_VALUE)));
    }

    /**
     * Ten calls one after another run on at most two threads: the pool keeps its threads (an idle one left
     * by an earlier test may take a call, as the pool's queue hands work to whichever waits).
     */
    @Test
    void callsOneAfterAnotherShareAThread() throws InterruptedException {
        java.util.Set<Thread> threads = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            Thread thread = DeepStack.call(Thread::currentThread);
            threads.add(thread);
            assertEquals("postlint-parse", thread.getName());
            // The caller has the result before the thread is back waiting for work; a call in that moment
            // starts another thread, as a busy pool should.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }
        assertTrue(threads.size() <= 2, threads.toString());
    }
}
