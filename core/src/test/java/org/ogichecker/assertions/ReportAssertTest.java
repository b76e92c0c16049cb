package org.ogichecker.assertions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;

class ReportAssertTest {

    private static final Finding BALANCE = finding("T3-C1-BALANCE", "T3-C1", Severity.ERROR, 42, "new + carried over 10 ≠ 12");
    private static final Finding BLANK = finding("CELL-BLANK", "CELL-BLANK", Severity.WARNING, 40, "a blank cell");
    private static final Finding DEADLINE = finding("DEADLINE-UNKNOWN", "DEADLINE", Severity.INFO, 0, "no date");

    private static Finding finding(String rule, String requirement, Severity s, int line, String message) {
        return new Finding(rule, requirement, s, "basis", "title", "中文", message,
                new Location(null, "T3", null, null, line), null, null, null);
    }

    private static CheckResult result(List<Finding> findings, List<Suppressed> suppressed) {
        return new CheckResult("r.txt", CheckResult.Status.CHECKED, null, null, List.of(), findings, suppressed, null);
    }

    @Test
    void passingAssertionsChain() {
        CheckResult r = result(List.of(BLANK, DEADLINE), List.of(new Suppressed(BALANCE, "verified")));

        assertThatCode(() -> ReportAssert.assertThat(r).isChecked().hasNoErrors().hasFinding("CELL-BLANK")
                .hasFinding("DEADLINE", Severity.INFO).hasFinding("DEADLINE-UNKNOWN").hasNoFinding("T3-C1")
                .hasNoFindingAtOrAbove(Severity.ERROR).hasFindingCount(Severity.WARNING, 1))
                .doesNotThrowAnyException();
    }

    @Test
    void aFailedAssertionListsTheFindingsWithRuleRequirementLineAndMessage() {
        CheckResult r = result(List.of(BALANCE, BLANK), List.of());

        assertThatThrownBy(() -> ReportAssert.assertThat(r).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected r.txt to have no finding at or above ERROR.
                        Its findings (2):
                          ERROR T3-C1-BALANCE [T3-C1] line 42: new + carried over 10 ≠ 12
                          WARNING CELL-BLANK line 40: a blank cell""");
    }

    @Test
    void warningsFailAnAssertionAtOrAboveWarningButInfosDoNot() {
        CheckResult warnings = result(List.of(BLANK), List.of());
        CheckResult infos = result(List.of(DEADLINE), List.of());

        assertThatThrownBy(() -> ReportAssert.assertThat(warnings).hasNoFindingAtOrAbove(Severity.WARNING))
                .hasMessageContaining("at or above WARNING");
        assertThatCode(() -> ReportAssert.assertThat(infos).hasNoFindingAtOrAbove(Severity.WARNING))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingFindingOrAWrongSeveritySaysWhatWasExpected() {
        CheckResult r = result(List.of(), List.of(new Suppressed(BALANCE, "verified")));

        assertThatThrownBy(() -> ReportAssert.assertThat(r).hasFinding("T3-C1"))
                .hasMessage("Expected r.txt to have a finding T3-C1.\nIts findings (0): none\n  (and 1 suppressed by a baseline)");
        assertThatThrownBy(() -> ReportAssert.assertThat(result(List.of(BLANK), List.of())).hasFinding("CELL-BLANK", Severity.ERROR))
                .hasMessageStartingWith("Expected r.txt to have a finding CELL-BLANK of severity ERROR.");
        assertThatThrownBy(() -> ReportAssert.assertThat(r).isUnreadable())
                .hasMessageStartingWith("Expected r.txt to be unreadable but it is CHECKED.");
    }

    @Test
    void noFindingsMeansNoneLeftAfterTheBaselineAndAnyFindingFailsIt() {
        CheckResult clean = result(List.of(), List.of(new Suppressed(BALANCE, "verified")));
        CheckResult infoOnly = result(List.of(DEADLINE), List.of());

        assertThatCode(() -> ReportAssert.assertThat(clean).hasNoFindings()).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportAssert.assertThat(infoOnly).hasNoFindings())
                .hasMessage("Expected r.txt to have no findings.\nIts findings (1):\n  INFO DEADLINE-UNKNOWN [DEADLINE]: no date");
    }
}
