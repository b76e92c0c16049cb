package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.formats.Fixtures.byRule;
import static org.ogichecker.rules.formats.Fixtures.check;

import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Report;

class TableTwoContinuityRulesTest {

    private static final String T2 = "F2021-T2";
    private static final String REGULATIONS = "art20-1/regulations";

    /** The 2022 report: 5 规章 in force at the end of 2022. */
    private static final Report PREVIOUS = Fixtures.f2021(2022).set(T2, REGULATIONS, "in-force", 5).build();

    /** A 2023 report that issued 3 规章, repealed 1 and has {@code inForce} in force. */
    private static Report current(int year, String inForce) {
        return Fixtures.f2021(year).set(T2, REGULATIONS, "issued", 3).set(T2, REGULATIONS, "repealed", 1)
                .set(T2, REGULATIONS, "in-force", inForce).build();
    }

    private static CheckResult withPrevious(Report current, Report previous) {
        return check(current, CheckOptions.DEFAULTS.withPrevious(previous));
    }

    /** Expected: T2-C2 WARNING on 规章: 9 in force, but 5 + 3 − 1 = 7. */
    @Test
    void documentsInForceMustBeLastYearsPlusIssuedLessRepealed() {
        CheckResult r = withPrevious(current(2023, "9"), PREVIOUS);

        assertThat(byRule(r, "T2-C2-CONTINUITY")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("为 9", "2022年", "5 + ", "3 − ", "1 = 7", "相差 2");
            assertThat(f.expected()).isEqualTo("7");
            assertThat(f.actual()).isEqualTo("9");
        });
        assertThat(byRule(r, "T2-C2-SKIPPED")).isEmpty();
    }

    /** Expected: nothing: 5 + 3 − 1 = 7. Near miss of the above. */
    @Test
    void aStockThatFollowsFromLastYearPasses() {
        CheckResult r = withPrevious(current(2023, "7"), PREVIOUS);

        assertThat(byRule(r, "T2-C2-CONTINUITY")).isEmpty();
        assertThat(byRule(r, "T2-C2-SKIPPED")).isEmpty();
    }

    /** Expected: T2-C2-SKIPPED INFO on 规章 (last year's cell is "—"), no warning. */
    @Test
    void aBlankStockLastYearIsNotAssessableRatherThanAWarning() {
        Report previous = Fixtures.f2021(2022).set(T2, REGULATIONS, "in-force", "—").build();

        CheckResult r = withPrevious(current(2023, "9"), previous);

        assertThat(byRule(r, "T2-C2-CONTINUITY")).isEmpty();
        assertThat(byRule(r, "T2-C2-SKIPPED")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("2022年报告 规章/现行有效件数");
        });
    }

    /** Expected: T2-C2-SKIPPED INFO on both rows: the trial-format table 二 of 2020 has no 现行有效件数. */
    @Test
    void aPreviousReportWithoutTheStockColumnIsNotAssessable() {
        CheckResult r = withPrevious(current(2021, "9"), Fixtures.f2019(2020).build());

        assertThat(byRule(r, "T2-C2-CONTINUITY")).isEmpty();
        assertThat(byRule(r, "T2-C2-SKIPPED")).hasSize(2).extracting(Finding::message)
                .allMatch(m -> m.contains("2020年报告没有表二的现行有效件数"));
    }

    /** Expected: nothing of T2-C2 when no previous report was asked for. */
    @Test
    void withoutAPreviousReportNothingIsCompared() {
        assertThat(check(current(2023, "9")).findings()).noneMatch(f -> f.requirement().equals("T2-C2"));
    }

    /** Expected: T2-C2-NO-PREVIOUS INFO, and no comparison, when the report given is for 2022 but this one is for 2024. */
    @Test
    void aPreviousReportOfAnotherYearSaysTheCheckWasNotMade() {
        CheckResult r = withPrevious(current(2024, "9"), PREVIOUS);

        assertThat(r.findings()).filteredOn(f -> f.requirement().equals("T2-C2")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("T2-C2-NO-PREVIOUS");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("是 2022 年的", "本报告是 2024 年的", "应为 2023 年");
        });
    }

    /** Expected: T2-C2-NO-PREVIOUS INFO with the reason when the caller found no usable report. */
    @Test
    void anUnusablePreviousReportSaysWhyTheCheckWasNotMade() {
        CheckResult r = withPrevious(current(2023, "9"), Report.unreadable("2022/", "no 2022 report of this body"));

        assertThat(byRule(r, "T2-C2-NO-PREVIOUS")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("cannot be used: no 2022 report of this body"));
        assertThat(byRule(r, "T2-C2-CONTINUITY")).isEmpty();
    }

    /** Expected: no T2-C2-NO-PREVIOUS when last year's report has its table 二 (near miss of the above). */
    @Test
    void aUsablePreviousReportIsNotReportedAsMissing() {
        assertThat(byRule(withPrevious(current(2023, "7"), PREVIOUS), "T2-C2-NO-PREVIOUS")).isEmpty();
    }
}
