package dev.postlint.core.run;

import dev.postlint.core.Finding;
import dev.postlint.core.Severity;
import dev.postlint.core.rule.Rule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of one run: findings in stable order, the files checked, rules that ran, errors, time
 * taken, and what reports show besides findings (post titles, the quoted source lines).
 */
public record LintResult(List<Finding> findings, List<InputFile> inputs, List<Rule> rules,
                         List<ProcessingError> errors, Duration elapsed, Map<String, String> titles,
                         SourceExcerpts excerpts) {
    public LintResult {
        findings = List.copyOf(findings);
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
        titles = Map.copyOf(titles);
    }

    /** The front-matter title of a checked post, when it has one. */
    public Optional<String> title(String file) {
        return Optional.ofNullable(titles.get(file));
    }

    public int fileCount() {
        return inputs.size();
    }

    /**
     * Findings per file, files in path order; with {@code withCleanFiles}, every checked file is there,
     * those without findings with an empty list.
     */
    public Map<String, List<Finding>> findingsByFile(boolean withCleanFiles) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        if (withCleanFiles) {
            inputs.forEach(i -> byFile.put(i.displayPath(), new ArrayList<>()));
        }
        findings.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        return byFile;
    }

    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Number of findings at or above {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }

    public boolean hasInternalErrors() {
        return errors.stream().anyMatch(ProcessingError::internal);
    }
}
