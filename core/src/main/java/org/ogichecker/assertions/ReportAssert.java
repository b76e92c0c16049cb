package org.ogichecker.assertions;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;

/**
 * Assertions on a {@link CheckResult} for unit tests of reports, with any test framework: a failed
 * assertion throws {@link AssertionError} with a message that lists the report's findings.
 * Only active findings count (those a baseline suppressed do not).
 *
 * <pre>{@code
 * ReportAssert.assertThat(checker.check(report))
 *         .isChecked()
 *         .hasNoErrors()
 *         .hasFinding("T3-C4")
 *         .hasNoFinding("TEXT-TABLE")
 *         .hasNoFindingAtOrAbove(Severity.WARNING);
 * }</pre>
 *
 * A requirement argument ({@code "T3-C1"}) also matches a rule id ({@code "T3-C1-BALANCE"}), so the
 * test can be as coarse or as fine as it needs.
 */
public final class ReportAssert {

    private final CheckResult result;

    private ReportAssert(CheckResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    public static ReportAssert assertThat(CheckResult result) {
        return new ReportAssert(result);
    }

    /** The report could be read and was checked. */
    public ReportAssert isChecked() {
        return check(result.status() == CheckResult.Status.CHECKED, "to be checked but it is " + result.status());
    }

    /** The report could not be read as a report. */
    public ReportAssert isUnreadable() {
        return check(result.status() == CheckResult.Status.UNREADABLE, "to be unreadable but it is " + result.status());
    }

    public ReportAssert hasNoErrors() {
        return hasNoFindingAtOrAbove(Severity.ERROR);
    }

    /** No finding at all; those a baseline suppressed do not count. */
    public ReportAssert hasNoFindings() {
        return check(result.findings().isEmpty(), "to have no findings");
    }

    /** No finding is at least this severe (WARNING: no WARNING and no ERROR). */
    public ReportAssert hasNoFindingAtOrAbove(Severity severity) {
        return check(matching(f -> f.severity().atLeast(severity)).isEmpty(),
                "to have no finding at or above " + severity);
    }

    /** Some finding is of this requirement or rule. */
    public ReportAssert hasFinding(String requirementOrRule) {
        return check(!matching(named(requirementOrRule)).isEmpty(), "to have a finding " + requirementOrRule);
    }

    /** Some finding is of this requirement or rule and has this severity. */
    public ReportAssert hasFinding(String requirementOrRule, Severity severity) {
        return check(!matching(named(requirementOrRule).and(f -> f.severity() == severity)).isEmpty(),
                "to have a finding " + requirementOrRule + " of severity " + severity);
    }

    public ReportAssert hasNoFinding(String requirementOrRule) {
        return check(matching(named(requirementOrRule)).isEmpty(), "to have no finding " + requirementOrRule);
    }

    /** Exactly this many findings of the severity. */
    public ReportAssert hasFindingCount(Severity severity, long count) {
        return check(result.count(severity) == count, "to have " + count + " " + severity + " finding(s) but it has "
                + result.count(severity));
    }

    private static Predicate<Finding> named(String id) {
        return f -> f.requirement().equals(id) || f.rule().equals(id);
    }

    private List<Finding> matching(Predicate<Finding> p) {
        return result.findings().stream().filter(p).toList();
    }

    private ReportAssert check(boolean ok, String expectation) {
        if (!ok) {
            throw new AssertionError(describe(expectation));
        }
        return this;
    }

    private String describe(String expectation) {
        StringBuilder b = new StringBuilder("Expected ").append(result.source()).append(' ').append(expectation)
                .append(".\nIts findings (").append(result.findings().size()).append("):");
        if (result.findings().isEmpty()) {
            b.append(" none");
        }
        for (Finding f : result.findings()) {
            b.append("\n  ").append(f.severity()).append(' ').append(f.rule());
            if (!f.rule().equals(f.requirement())) {
                b.append(" [").append(f.requirement()).append(']');
            }
            if (f.location().line() > 0) {
                b.append(" line ").append(f.location().line());
            }
            b.append(": ").append(f.messageEn() != null ? f.messageEn() : f.title());
        }
        if (!result.suppressed().isEmpty()) {
            b.append("\n  (and ").append(result.suppressed().size()).append(" suppressed by a baseline)");
        }
        return b.toString();
    }
}
