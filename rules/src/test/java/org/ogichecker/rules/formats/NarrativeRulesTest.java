package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.formats.Fixtures.byRule;
import static org.ogichecker.rules.formats.Fixtures.check;
import static org.ogichecker.rules.formats.Fixtures.reported;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.StatementKind;
import org.ogichecker.rules.formats.Fixtures.Part;

class NarrativeRulesTest {

    /** Section indexes of the fixture's parts: part n is section n − 1. */
    private static final int OVERVIEW = 0;
    private static final int REVIEW = 3;
    private static final int PROBLEMS = 4;
    private static final int OTHER = 5;

    private static CheckResult withPartSix(int year, String text) {
        List<Part> parts = year >= 2021 ? Fixtures.f2021Parts() : Fixtures.f2019Parts();
        parts.set(5, new Part(6, "六", "其他需要报告的事项", text, null));
        return check(Fixtures.report(year, parts).build());
    }

    /** Expected: FEE-R1 WARNING: part 六 says only 无 in a 2023 report. */
    @Test
    void partSixSilentOnTheInformationFeeIsWarned() {
        CheckResult r = withPartSix(2023, "无。");

        assertThat(byRule(r, "FEE-R1-PART6")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    /** Expected: nothing: an amount, 0 元, or "未收取" all say what was collected. */
    @Test
    void anAmountOrANegativeStatementSatisfiesTheFeeRequirement() {
        for (String text : List.of("本年度共收取信息处理费380元。", "全年收取政府信息公开信息处理费 0 元。",
                "本机关未收取信息处理费。")) {
            assertThat(reported(withPartSix(2023, text), "FEE-R1")).as(text).isEmpty();
        }
    }

    /** Expected: nothing: the reader's fee statement in part 六 counts even if the wording is unusual. */
    @Test
    void aFeeStatementRecognisedInPartSixSatisfiesTheFeeRequirement() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(5, new Part(6, "六", "其他需要报告的事项", "按规定办理收费事宜。", null));

        CheckResult r = check(Fixtures.report(2023, parts)
                .statement(StatementKind.NO_FEE_COLLECTED, "按规定办理收费事宜", OTHER).build());

        assertThat(reported(r, "FEE-R1")).isEmpty();
    }

    /** Expected: nothing under the trial format (FEE-R1 applies from 2021). */
    @Test
    void theFeeRequirementStartsWithReportYear2021() {
        assertThat(byRule(withPartSix(2020, "无。"), "FEE-R1-PART6")).isEmpty();
    }

    /** Expected: TEXT-TABLE WARNING: 总体情况 says 17 received, table 三 says 95 (hongze-2024). */
    @Test
    void applicationsInTheOverviewMustMatchTable3() {
        CheckResult r = check(Fixtures.f2021(2024)
                .set("F2021-T3", "1", "natural", 95).set("F2021-T3", "1", "total", 95)
                .statement(StatementKind.APPLICATIONS_RECEIVED, 17, "件", "受理政府信息公开申请17件", OVERVIEW)
                .build());

        assertThat(byRule(r, "TEXT-TABLE-APPLICATIONS")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("17", "95", "相差 -78");
            assertThat(f.expected()).isEqualTo("95");
            assertThat(f.actual()).isEqualTo("17");
        });
    }

    /** Expected: nothing when the text agrees, and nothing for a claim outside 总体情况 and part 三. */
    @Test
    void agreeingOrOffTopicApplicationClaimsAreNotReported() {
        CheckResult agree = check(Fixtures.f2021(2024)
                .set("F2021-T3", "1", "natural", 21).set("F2021-T3", "1", "total", 21)
                .statement(StatementKind.APPLICATIONS_RECEIVED, 21, "件", "受理政府信息公开申请21件", OVERVIEW)
                .build());
        CheckResult elsewhere = check(Fixtures.f2021(2024)
                .set("F2021-T3", "1", "natural", 95).set("F2021-T3", "1", "total", 95)
                .statement(StatementKind.APPLICATIONS_RECEIVED, 17, "件", "某专项受理申请17件", PROBLEMS)
                .build());

        assertThat(reported(agree, "TEXT-TABLE")).isEmpty();
        assertThat(reported(elsewhere, "TEXT-TABLE")).isEmpty();
    }

    /** Expected: TEXT-TABLE WARNING: "no application" but row 一 总计 is 3; near miss with 0. */
    @Test
    void noApplicationsInTheTextButSomeInTheTableIsReported() {
        CheckResult some = check(Fixtures.f2021(2023)
                .set("F2021-T3", "1", "natural", 3).set("F2021-T3", "1", "total", 3)
                .statement(StatementKind.NO_APPLICATIONS, "未收到政府信息公开申请", OVERVIEW).build());
        CheckResult none = check(Fixtures.f2021(2023)
                .statement(StatementKind.NO_APPLICATIONS, "未收到政府信息公开申请", OVERVIEW).build());

        assertThat(byRule(some, "TEXT-TABLE-NO-APPLICATIONS")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("总计为 3"));
        assertThat(reported(none, "TEXT-TABLE")).isEmpty();
    }

    /** Expected: TEXT-TABLE WARNING: part 四 says no reconsideration, table 四 counts 2; near miss with zeros. */
    @Test
    void noReviewInTheTextButCasesInTable4IsReported() {
        CheckResult cases = check(Fixtures.f2021(2023)
                .set("T4", "review", "upheld", 2).set("T4", "review", "total", 2)
                .statement(StatementKind.NO_REVIEW_OR_LITIGATION, "未发生行政复议、行政诉讼", REVIEW).build());
        CheckResult none = check(Fixtures.f2021(2023)
                .statement(StatementKind.NO_REVIEW_OR_LITIGATION, "未发生行政复议、行政诉讼", REVIEW).build());

        assertThat(byRule(cases, "TEXT-TABLE-NO-REVIEW")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("行政复议 2"));
        assertThat(reported(none, "TEXT-TABLE")).isEmpty();
    }
}
