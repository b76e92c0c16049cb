package org.ogichecker.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.RuleAssertions.findings;
import static org.ogichecker.rules.RuleAssertions.none;
import static org.ogichecker.rules.RuleAssertions.one;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.BodyType;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.ReportBuilder;

class DeadlineRulesTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    private static CheckResult check(int year, BodyType body, LocalDate published) {
        return CHECKER.check(ReportBuilder.report().year(year).body(body).published(published).build());
    }

    private static List<Finding> deadlineErrors(CheckResult r) {
        return r.findings().stream()
                .filter(f -> f.requirement().equals("DEADLINE") && f.severity() == Severity.ERROR).toList();
    }

    // ---------------------------------------------------------------- R2007: 31 March for everyone

    @Test
    void anOldRegimeReportPublishedInAprilIsLate() {
        // expected: DEADLINE-ART31 / DEADLINE / ERROR, 2019-04-02 vs 2019-03-31, 2 days late
        CheckResult r = check(2018, BodyType.DEPARTMENT, LocalDate.of(2019, 4, 2));

        Finding f = one(r, "DEADLINE-ART31", "DEADLINE", Severity.ERROR);
        assertThat(f.message()).contains("2019-04-02", "2019-03-31", "逾期2天");
        assertThat(f.messageEn()).contains("2 days late");
        none(r, "DEADLINE-ART49-DEPARTMENT"); // Art. 49 does not apply to report years up to 2018
    }

    @Test
    void anOldRegimeDepartmentReportPublishedInMarchIsOnTime() {
        // the 济宁 case is 15 January; a 2018 department has until 31 March
        assertThat(deadlineErrors(check(2018, BodyType.DEPARTMENT, LocalDate.of(2019, 3, 31)))).isEmpty();
        assertThat(deadlineErrors(check(2018, BodyType.DEPARTMENT, LocalDate.of(2019, 1, 15)))).isEmpty();
    }

    // ---------------------------------------------------------------- F2019/F2021: Art. 49

    @Test
    void aDepartmentReportPublishedInFebruaryIsLate() {
        // expected: DEADLINE-ART49-DEPARTMENT / DEADLINE / ERROR, 2022-02-10 vs 2022-01-31, 10 days late
        CheckResult r = check(2021, BodyType.DEPARTMENT, LocalDate.of(2022, 2, 10));

        Finding f = one(r, "DEADLINE-ART49-DEPARTMENT", "DEADLINE", Severity.ERROR);
        assertThat(f.message()).contains("2022-02-10", "2022-01-31", "逾期10天");
        assertThat(f.expected()).isEqualTo("≤ 2022-01-31");
        none(r, "DEADLINE-ART49-GOVERNMENT");
    }

    @Test
    void aDepartmentReportPublishedOnTheDeadlineIsOnTime() {
        assertThat(deadlineErrors(check(2019, BodyType.DEPARTMENT, LocalDate.of(2020, 1, 31)))).isEmpty();
    }

    @Test
    void aGovernmentReportPublishedInAprilIsLate() {
        // expected: DEADLINE-ART49-GOVERNMENT / DEADLINE / ERROR, 2025-04-01 vs 2025-03-31, 1 day late
        CheckResult r = check(2024, BodyType.GOVERNMENT, LocalDate.of(2025, 4, 1));

        assertThat(one(r, "DEADLINE-ART49-GOVERNMENT", "DEADLINE", Severity.ERROR).message())
                .contains("2025-04-01", "2025-03-31", "逾期1天");
    }

    @Test
    void aGovernmentReportPublishedInMarchIsOnTime() {
        CheckResult r = check(2024, BodyType.GOVERNMENT, LocalDate.of(2025, 3, 31));

        assertThat(deadlineErrors(r)).isEmpty();
        none(r, "DEADLINE-ART49-BODY-UNKNOWN");
    }

    @Test
    void anUnknownBodyPublishedInFebruaryIsOnTimeForAGovernmentWithANoteOnTheDepartmentDeadline() {
        // expected: DEADLINE-ART49-BODY-UNKNOWN / DEADLINE / INFO, 2022-02-15 is 15 days after 2022-01-31; no ERROR
        CheckResult r = check(2021, BodyType.UNKNOWN, LocalDate.of(2022, 2, 15));

        Finding f = one(r, "DEADLINE-ART49-BODY-UNKNOWN", "DEADLINE", Severity.INFO);
        assertThat(f.message()).contains("2022-02-15", "2022-01-31", "15天", "2022-03-31");
        assertThat(deadlineErrors(r)).isEmpty();
    }

    @Test
    void anUnknownBodyPublishedInJanuaryMeetsBothDeadlines() {
        none(check(2021, BodyType.UNKNOWN, LocalDate.of(2022, 1, 20)), "DEADLINE-ART49-BODY-UNKNOWN");
    }

    @Test
    void anUnknownBodyPublishedAfterMarchIsHeldToTheGovernmentDeadline() {
        // expected: DEADLINE-ART49-GOVERNMENT / DEADLINE / ERROR, 10 days late, mentioning the unknown body type
        CheckResult r = check(2021, BodyType.UNKNOWN, LocalDate.of(2022, 4, 10));

        assertThat(one(r, "DEADLINE-ART49-GOVERNMENT", "DEADLINE", Severity.ERROR).message())
                .contains("逾期10天", "类型不明");
        none(r, "DEADLINE-ART49-BODY-UNKNOWN");
    }

    // ---------------------------------------------------------------- not assessable

    @Test
    void anUnknownPublicationDateIsAnInfoWithTheDeadline() {
        // expected: DEADLINE-UNKNOWN-DATE / DEADLINE / INFO, naming the department deadline 2022-01-31
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2021).body(BodyType.DEPARTMENT).build());

        assertThat(one(r, "DEADLINE-UNKNOWN-DATE", "DEADLINE", Severity.INFO).message()).contains("2022-01-31");
    }

    @Test
    void aKnownPublicationDateIsAssessed() {
        CheckResult r = check(2021, BodyType.DEPARTMENT, LocalDate.of(2022, 1, 10));

        none(r, "DEADLINE-UNKNOWN-DATE");
        assertThat(findings(r, "DEADLINE-UNKNOWN-YEAR")).isEmpty();
    }

    @Test
    void aPublicationDateWithoutReportYearIsAnInfo() {
        // expected: DEADLINE-UNKNOWN-YEAR / DEADLINE / INFO, 2022-02-01
        CheckResult r = CHECKER.check(ReportBuilder.report().year(null).title("某某局政府信息公开工作年度报告")
                .published(LocalDate.of(2022, 2, 1)).build());

        assertThat(one(r, "DEADLINE-UNKNOWN-YEAR", "DEADLINE", Severity.INFO).message()).contains("2022-02-01");
        assertThat(deadlineErrors(r)).isEmpty();
    }
}
