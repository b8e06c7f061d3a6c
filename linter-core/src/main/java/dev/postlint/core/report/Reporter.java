package dev.postlint.core.report;

import dev.postlint.core.run.LintResult;
import java.io.IOException;

/** Writes a run's result in one format. */
public interface Reporter {
    void write(LintResult result, Appendable out) throws IOException;
}
