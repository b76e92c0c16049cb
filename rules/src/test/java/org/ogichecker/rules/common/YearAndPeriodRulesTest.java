package org.ogichecker.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.RuleAssertions.none;
import static org.ogichecker.rules.RuleAssertions.one;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.ReportBuilder;

class YearAndPeriodRulesTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    // ---------------------------------------------------------------- REPORT-YEAR

    @Test
    void aReportWithoutAnyYearIsAnError() {
        // expected: REPORT-YEAR / REPORT-YEAR / ERROR
        CheckResult r = CHECKER.check(ReportBuilder.report().year(null).title("某某局政府信息公开工作年度报告").build());

        Finding f = one(r, "REPORT-YEAR", "REPORT-YEAR", Severity.ERROR);
        assertThat(f.message()).contains("某某局政府信息公开工作年度报告");
    }

    @Test
    void aReportWithAYearHasNoReportYearFinding() {
        none(CHECKER.check(ReportBuilder.report().year(2021).build()), "REPORT-YEAR");
    }

    // ---------------------------------------------------------------- YEAR-CONSISTENT

    @Test
    void aTitleYearThatDiffersFromThePeriodIsReportedOnceAsADisagreement() {
        // expected: YEAR-CONSISTENT-TITLE-PERIOD / YEAR-CONSISTENT / ERROR, "2020" vs "2019-01-01至2019-12-31";
        // not PERIOD-YEAR-CALENDAR: which of the two is wrong cannot be told
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2020)
                .period(date(2019, 1, 1), date(2019, 12, 31)).build());

        Finding f = one(r, "YEAR-CONSISTENT-TITLE-PERIOD", "YEAR-CONSISTENT", Severity.ERROR);
        assertThat(f.message()).contains("2020年", "2019-01-01至2019-12-31");
        assertThat(f.messageEn()).contains("2020", "2019-01-01 to 2019-12-31");
        none(r, "PERIOD-YEAR-CALENDAR");
    }

    @Test
    void aTitleYearWrittenInChineseNumeralsIsComparedLikeDigits() {
        // expected: YEAR-CONSISTENT-TITLE-PERIOD, "2018" vs 2019
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2018).title("某某局二〇一八年政府信息公开工作年度报告")
                .period(date(2019, 1, 1), date(2019, 12, 31)).build());

        assertThat(one(r, "YEAR-CONSISTENT-TITLE-PERIOD", "YEAR-CONSISTENT", Severity.ERROR).message())
                .contains("2018年");
    }

    @Test
    void aTitleAndPeriodOfTheSameYearAgree() {
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2020)
                .period(date(2020, 1, 1), date(2020, 12, 31)).build());

        none(r, "YEAR-CONSISTENT-TITLE-PERIOD");
    }

    @Test
    void aTitleWithoutAYearGivesNothingToCompare() {
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2019).yearEvidence("period")
                .title("某某局政府信息公开工作年度报告").period(date(2019, 1, 1), date(2019, 12, 31)).build());

        none(r, "YEAR-CONSISTENT-TITLE-PERIOD");
        none(r, "PERIOD-YEAR-CALENDAR");
    }

    // ---------------------------------------------------------------- PERIOD-STATED

    @Test
    void aReportWithoutAStatisticsPeriodIsWarned() {
        // expected: PERIOD-STATED / PERIOD-STATED / WARNING
        one(CHECKER.check(ReportBuilder.report().build()), "PERIOD-STATED", "PERIOD-STATED", Severity.WARNING);
    }

    @Test
    void aStatedPeriodSatisfiesPeriodStated() {
        none(CHECKER.check(ReportBuilder.report().year(2021).period(date(2021, 1, 1), date(2021, 12, 31)).build()),
                "PERIOD-STATED");
    }

    // ---------------------------------------------------------------- PERIOD-YEAR

    @Test
    void aPeriodThatEndsBeforeDecemberIsAnErrorShowingBothDates() {
        // expected: PERIOD-YEAR-CALENDAR / PERIOD-YEAR / ERROR, actual 2021-01-01至2021-11-30, expected 2021-01-01至2021-12-31
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2021)
                .period(date(2021, 1, 1), date(2021, 11, 30)).build());

        Finding f = one(r, "PERIOD-YEAR-CALENDAR", "PERIOD-YEAR", Severity.ERROR);
        assertThat(f.actual()).isEqualTo("2021-01-01至2021-11-30");
        assertThat(f.expected()).isEqualTo("2021-01-01至2021-12-31");
        assertThat(f.messageEn()).contains("2021-01-01 to 2021-11-30", "2021");
    }

    @Test
    void aPeriodSpanningTwoYearsIsAnError() {
        // expected: PERIOD-YEAR-CALENDAR / PERIOD-YEAR / ERROR (the title year 2020 is one of the period's years,
        // so YEAR-CONSISTENT does not fire)
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2020)
                .period(date(2019, 12, 1), date(2020, 11, 30)).build());

        one(r, "PERIOD-YEAR-CALENDAR", "PERIOD-YEAR", Severity.ERROR);
        none(r, "YEAR-CONSISTENT-TITLE-PERIOD");
    }

    @Test
    void aCalendarYearOfAnotherYearIsAnErrorWhenNoTitleYearContradictsIt() {
        // report year 2020 from the text, title without year, period 2019: expected PERIOD-YEAR-CALENDAR
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2020).yearEvidence("text")
                .title("某某局政府信息公开工作年度报告").period(date(2019, 1, 1), date(2019, 12, 31)).build());

        assertThat(one(r, "PERIOD-YEAR-CALENDAR", "PERIOD-YEAR", Severity.ERROR).message())
                .contains("2019-01-01至2019-12-31", "2020");
    }

    @Test
    void theFullCalendarYearOfTheReportYearIsRight() {
        none(CHECKER.check(ReportBuilder.report().year(2021).period(date(2021, 1, 1), date(2021, 12, 31)).build()),
                "PERIOD-YEAR-CALENDAR");
    }

    @Test
    void aPeriodWithOnlyOneDateIsNotJudged() {
        none(CHECKER.check(ReportBuilder.report().year(2021).period(date(2021, 1, 1), null).build()),
                "PERIOD-YEAR-CALENDAR");
    }
}
