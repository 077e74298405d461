package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What checking one encounter found.
 *
 * @param findings every finding, advice ({@link Severity#INFO}) included: errors first, then warnings, then advice;
 *                 within each, {@link Rule#NO_RELEASE}, then the rules on diagnoses, procedures and services
 */
public record CheckResult(List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(requireNonNull(findings, "findings"));
    }

    /** Whether the encounter may go out as it stands: no error and no warning (advice does not count). */
    public boolean clean() {
        return findings.stream().allMatch(finding -> finding.severity() == Severity.INFO);
    }

    /** The findings of one rule. */
    public List<Finding> findings(Rule rule) {
        return findings.stream().filter(finding -> finding.rule() == rule).toList();
    }
}
