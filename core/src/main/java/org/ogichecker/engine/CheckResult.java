package org.ogichecker.engine;

import java.util.List;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;

/**
 * The outcome of checking one report.
 *
 * @param source    where the report came from
 * @param status    CHECKED, or UNREADABLE when the input could not be read as a report
 * @param metadata  the report's metadata after the caller's overrides
 * @param regime    the regime the report was checked under (null when unreadable)
 * @param rulesRun  ids of the rules that applied to this report's regime, sorted
 * @param findings  the findings, sorted (see {@link Finding#compareTo})
 * @param report    the report as read
 */
public record CheckResult(
        String source,
        Status status,
        ReportMetadata metadata,
        Regime regime,
        List<String> rulesRun,
        List<Finding> findings,
        Report report) {

    public enum Status { CHECKED, UNREADABLE }

    public CheckResult {
        rulesRun = List.copyOf(rulesRun);
        findings = List.copyOf(findings);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public boolean has(String requirement) {
        return findings.stream().anyMatch(f -> f.requirement().equals(requirement));
    }

    public boolean has(String requirement, Severity atLeast) {
        return findings.stream().anyMatch(f -> f.requirement().equals(requirement) && f.severity().atLeast(atLeast));
    }
}
