package dev.postlint.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void callsOneAfterAnotherShareAThread() throws InterruptedException {
        Thread first = DeepStack.call(Thread::currentThread);
        // The caller has the result before the thread is back waiting for work; a call in that moment
        // starts another thread, as a busy pool should.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (first.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread second = DeepStack.call(Thread::currentThread);
        assertSame(first, second);
        assertEquals("postlint-parse", first.getName());
    }
}
