package dev.postlint.cli;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** Says at the end of the run how many tests were skipped because {@code ../shared/} is not there. */
public final class SharedSkipReport implements TestExecutionListener {
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED && result.getThrowable()
                .map(t -> String.valueOf(t.getMessage()).contains(SharedFiles.MISSING)).orElse(false)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.get() > 0) {
            System.out.println("postlint tests: " + skipped.get() + " skipped because ../shared/ (seed post, corpus, "
                    + "schemas) is not beside the checkout; .ci/run needs it and runs them all");
        }
    }
}
