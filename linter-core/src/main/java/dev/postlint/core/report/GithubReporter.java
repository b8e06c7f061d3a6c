package dev.postlint.core.report;

import dev.postlint.core.Finding;
import dev.postlint.core.run.LintResult;
import java.io.IOException;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per
 * finding, which GitHub shows inline in pull requests.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        for (Finding f : result.findings()) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.append("::").append(command)
                    .append(" file=").append(property(f.file()))
                    .append(",line=").append(String.valueOf(f.line()))
                    .append(",col=").append(String.valueOf(f.column()))
                    .append(",title=").append(property(f.ruleId()))
                    .append("::").append(data(f.message())).append('\n');
        }
    }

    /** Percent-escapes what the workflow command syntax needs, and escapes the other control characters. */
    private static String data(String s) {
        return dev.postlint.core.source.ControlCharacters.escape(s.replace("%", "%25").replace("\r", "%0D")
                .replace("\n", "%0A"));
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
