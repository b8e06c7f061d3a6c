package dev.postlint.core.rule;

import dev.postlint.core.suppress.SuppressionReport;

/**
 * A rule about the suppressions written in posts ({@code <!-- postlint-disable ... -->} and kin). It
 * runs after every other rule, once their findings were matched against the suppressions, and its
 * own findings cannot be suppressed that way (only in the config).
 */
public interface SuppressionRule extends Rule {
    void check(SuppressionReport report, RuleContext context);
}
