package org.ogichecker.engine;

import java.util.List;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;

/**
 * The outcome of checking one report.
 *
 * @param source     where the report came from
 * @param status     CHECKED, or UNREADABLE when the input could not be read as a report
 * @param metadata   the report's metadata after the caller's overrides
 * @param regime     the regime the report was checked under (null when unreadable)
 * @param rulesRun   ids of the rules that applied to this report's regime, sorted
 * @param findings   the active findings, sorted (see {@link Finding#compareTo}); counts and exit codes use only these
 * @param suppressed the findings a {@link Baseline} accepted, sorted; shown as such but never counted
 * @param report     the report as read
 */
public record CheckResult(
        String source,
        Status status,
        ReportMetadata metadata,
        Regime regime,
        List<String> rulesRun,
        List<Finding> findings,
        List<Suppressed> suppressed,
        Report report) {

    public enum Status { CHECKED, UNREADABLE }

    public CheckResult {
        rulesRun = List.copyOf(rulesRun);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    /** A result with nothing suppressed, as the checker makes it. */
    public CheckResult(String source, Status status, ReportMetadata metadata, Regime regime, List<String> rulesRun,
            List<Finding> findings, Report report) {
        this(source, status, metadata, regime, rulesRun, findings, List.of(), report);
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
