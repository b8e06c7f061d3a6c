package dev.postlint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rule's documentation page ({@code docs/rules/<id>.md}, packaged with the rules), and its sections:
 * "What it catches", "Why it matters", "How to fix".
 */
public final class RuleDocs {
    private static final String RESOURCE = "/dev/postlint/docs/rules/%s.md";
    private final Map<String, Optional<String>> pages = new ConcurrentHashMap<>();

    public Optional<String> page(String ruleId) {
        return pages.computeIfAbsent(ruleId, id -> {
            try (InputStream in = RuleDocs.class.getResourceAsStream(String.format(RESOURCE, id))) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** The text of a "## heading" section of the page, without the heading. */
    public Optional<String> section(String ruleId, String heading) {
        return page(ruleId).flatMap(page -> {
            int start = page.indexOf("\n## " + heading + "\n");
            if (start < 0) {
                return Optional.empty();
            }
            int from = start + heading.length() + 5;
            int end = page.indexOf("\n## ", from);
            return Optional.of(page.substring(from, end < 0 ? page.length() : end).strip());
        });
    }
}
