package dev.postlint.core.rule;

import dev.postlint.core.Severity;
import dev.postlint.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A check postlint can run. Implement {@link PostRule} for checks of one post at a time or
 * {@link SiteRule} for checks across posts, and register the class in
 * {@code META-INF/services/dev.postlint.core.rule.Rule}. Rules must be stateless: the same instance
 * checks many posts at once on several threads.
 */
public interface Rule {
    /** Where a rule's jar keeps its documentation page, {@code <id>.md}. */
    String DOC_FOLDER = "/dev/postlint/docs/rules/";

    /** Kebab-case id, part of the public interface (config keys, reports). */
    String id();

    Severity defaultSeverity();

    /** One line saying what the rule catches. */
    String description();

    Category category();

    /**
     * Whether the rule judges a page as a page of its own (its title, description, length, address).
     * Such rules skip files the generator does not render as pages: Hugo's headless bundles, pages with
     * {@code build.render: never} and a leaf bundle's Markdown resources, Zola's {@code render = false}.
     */
    default boolean judgesPage() {
        return false;
    }

    /**
     * Whether some of the rule's findings depend on fetching web addresses, so that a run without
     * external link checks ({@code --offline}) judges only part of what it would; such a run cannot
     * tell whether a suppression of the rule is still needed.
     */
    default boolean needsNetwork() {
        return false;
    }

    /**
     * Rules whose finding at the very place of one of this rule's says less than it does, and is left out:
     * one defect, one finding (a missing image whose path also has spaces is reported once, as missing).
     */
    default java.util.Set<String> supersedes() {
        return java.util.Set.of();
    }

    /** Options a user may set under {@code rules.<id>} in the config. */
    default List<RuleOption<?>> options() {
        return List.of();
    }

    /**
     * The rule's documentation page in Markdown, packaged in the rule's own jar at
     * {@value #DOC_FOLDER}{@code <id>.md}, with sections "What it catches", "Why it matters", "How to fix".
     */
    default Optional<String> docPage() {
        try (InputStream in = getClass().getResourceAsStream(DOC_FOLDER + id() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the documentation page is published for people to read. */
    default String docUrl() {
        return Version.docsUrl(id());
    }
}
