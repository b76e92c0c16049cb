package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.formats.Fixtures.byRule;
import static org.ogichecker.rules.formats.Fixtures.check;

import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Report;

class CrossYearRulesTest {

    /** The 2022 report: 2 natural-person applications carried forward into 2023. */
    private static final Report PREVIOUS = Fixtures.f2021(2022)
            .set("F2021-T3", "1", "natural", 2).set("F2021-T3", "1", "total", 2)
            .set("F2021-T3", "4", "natural", 2).set("F2021-T3", "4", "total", 2).build();

    /** 2023 report carrying over {@code n} natural-person applications, all of them answered. */
    private static Report current(int year, long n) {
        return Fixtures.f2021(year)
                .set("F2021-T3", "2", "natural", n).set("F2021-T3", "2", "total", n)
                .set("F2021-T3", "3.1", "natural", n).set("F2021-T3", "3.1", "total", n)
                .set("F2021-T3", "3.7", "natural", n).set("F2021-T3", "3.7", "total", n).build();
    }

    /** Expected: T3-C4 WARNING in 自然人 and 总计: 上年结转 3, but 2022 carried forward 2. */
    @Test
    void carriedOverMustMatchLastYearsCarriedForward() {
        CheckResult r = check(current(2023, 3), CheckOptions.DEFAULTS.withPrevious(PREVIOUS));

        assertThat(byRule(r, "T3-C4-CARRYOVER")).hasSize(2).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("为 3", "2022年报告", "为 2", "相差 1");
        });
    }

    /** Expected: nothing: 2 = 2. Near miss of the above. */
    @Test
    void matchingCarryOverPasses() {
        CheckResult r = check(current(2023, 2), CheckOptions.DEFAULTS.withPrevious(PREVIOUS));

        assertThat(byRule(r, "T3-C4-CARRYOVER")).isEmpty();
        assertThat(byRule(r, "T3-C4-NO-PREVIOUS")).isEmpty();
    }

    /** Expected: nothing without a previous report; no comparison but T3-C4-NO-PREVIOUS INFO when it is not for Y−1. */
    @Test
    void withoutThePreviousYearsReportNothingIsCompared() {
        assertThat(check(current(2023, 3)).findings()).noneMatch(f -> f.requirement().equals("T3-C4"));

        CheckResult r = check(current(2024, 3), CheckOptions.DEFAULTS.withPrevious(PREVIOUS));
        assertThat(byRule(r, "T3-C4-CARRYOVER")).isEmpty();
        assertThat(byRule(r, "T3-C4-NO-PREVIOUS")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageEn()).contains("is for 2022, this report is for 2024, so it should be the 2023 report");
        });
    }

    /** Expected: T3-C4-NO-PREVIOUS INFO with the reason when last year's report could not be read. */
    @Test
    void anUnreadablePreviousReportSaysWhyTheCheckWasNotMade() {
        Report unreadable = Report.unreadable("2022.pdf", "the PDF is encrypted");
        CheckResult r = check(current(2023, 3), CheckOptions.DEFAULTS.withPrevious(unreadable));

        assertThat(byRule(r, "T3-C4-NO-PREVIOUS")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("上年报告不可用：the PDF is encrypted"));
    }
}
