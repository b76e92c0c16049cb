package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.formats.Fixtures.byRule;
import static org.ogichecker.rules.formats.Fixtures.check;
import static org.ogichecker.rules.formats.Fixtures.reported;

import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.layout.Layouts;
import org.ogichecker.model.Report;
import org.ogichecker.model.TableInfo;
import org.ogichecker.rules.internal.SumCheck;
import org.ogichecker.rules.internal.TableChecks;
import org.ogichecker.testing.ReportBuilder;

class ArithmeticRulesTest {

    private static final String T3 = "F2021-T3";

    /** One application from a natural person, 5 new, 3 published, 1 carried forward: the balance is off by 1. */
    private static ReportBuilder unbalanced(long carriedForward) {
        return Fixtures.f2021(2023)
                .set(T3, "1", "natural", 5).set(T3, "1", "total", 5)
                .set(T3, "3.1", "natural", 3).set(T3, "3.1", "total", 3)
                .set(T3, "3.7", "natural", 3).set(T3, "3.7", "total", 3)
                .set(T3, "4", "natural", carriedForward).set(T3, "4", "total", carriedForward);
    }

    /** Expected: T3-C1 ERROR in 自然人 and 总计: 5 + 0 = 5 but 3 + 1 = 4; （七）总计 should be 4. */
    @Test
    void newPlusCarriedOverMustEqualHandledPlusCarriedForward() {
        CheckResult r = check(unbalanced(1).build());

        assertThat(byRule(r, "T3-C1-BALANCE")).hasSize(2).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("= 5", "= 4", "相差 1", "（七）总计应为 4");
            assertThat(f.messageEn()).contains("a difference of 1");
        });
        assertThat(reported(r, "T3-C2")).isEmpty();
        assertThat(reported(r, "T3-C3")).isEmpty();
    }

    /**
     * The helpers give the rules only the relations that do not hold (each object a rule takes {@code from} them costs
     * Drools a fact handle): here the balance of 自然人 and 总计, not the five other columns nor any applicant row.
     */
    @Test
    void theTableHelpersGiveOnlyTheRelationsThatDoNotHold() {
        Report r = unbalanced(1).build();
        TableInfo t3 = r.tables().stream().filter(t -> t.table().equals(Layouts.T3)).findFirst().orElseThrow();

        assertThat(TableChecks.t3Balance(r)).extracting(b -> b.left().get(0).columnKey())
                .containsExactly("natural", "total");
        assertThat(TableChecks.t3Balance(r)).allMatch(b -> b.outcome() == SumCheck.Outcome.VIOLATED);
        assertThat(TableChecks.t3Applicants(r, t3)).isEmpty();
        assertThat(TableChecks.t3Outcomes(r, t3)).isEmpty();
    }

    /** Expected: nothing: 5 + 0 = 3 + 2. Near miss of the above. */
    @Test
    void aBalancedTableHasNoArithmeticFinding() {
        CheckResult r = check(unbalanced(2).build());

        assertThat(r.findings()).noneMatch(f -> f.requirement().startsWith("T3-C"));
    }

    /** Expected: T3-C1-SKIPPED INFO, no ERROR: 2 + 0 vs 0 + blank cannot be decided. */
    @Test
    void aBlankCellLeavesTheBalanceNotAssessableRatherThanAnError() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set(T3, "1", "natural", 2).set(T3, "1", "total", 2)
                .set(T3, "4", "natural", "").set(T3, "4", "total", 2).build());

        assertThat(reported(r, "T3-C1")).isEmpty();
        assertThat(byRule(r, "T3-C1-SKIPPED")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("四、结转下年度继续办理/自然人");
        });
    }

    /** Expected: T3-C2 ERROR: （七）总计 5 but the outcomes add up to 7; total should be 7. */
    @Test
    void theTotalOfOutcomesMustEqualTheOutcomeRows() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set(T3, "3.1", "natural", 4).set(T3, "3.3.6", "natural", 2).set(T3, "3.6.2", "natural", 1)
                .set(T3, "3.7", "natural", 5).build());

        assertThat(byRule(r, "T3-C2-OUTCOMES")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("（七）总计/自然人 为 5", "各办理结果之和为 7", "相差 -2", "应为 7");
            assertThat(f.expected()).isEqualTo("7");
            assertThat(f.actual()).isEqualTo("5");
        });
    }

    /** Expected: no T3-C2: the 2021 sub-rows （六）1–3 are part of the sum. Near miss of the above. */
    @Test
    void theOtherHandlingSubRowsCountTowardsTheTotal() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set(T3, "3.1", "natural", 4).set(T3, "3.3.6", "natural", 2).set(T3, "3.6.2", "natural", 1)
                .set(T3, "3.7", "natural", 7).build());

        assertThat(reported(r, "T3-C2")).isEmpty();
    }

    /** Expected: no T3-C2 for a trial table in 2023: its single （六） row is summed (FMT-VERSION reports the layout). */
    @Test
    void theOutcomeSumFollowsTheLayoutTheTableUses() {
        CheckResult r = check(Fixtures.f2019(2023)
                .set("F2019-T3", "3.6", "natural", 2).set("F2019-T3", "3.7", "natural", 2).build());

        assertThat(reported(r, "T3-C2")).isEmpty();
        assertThat(reported(r, "FMT-VERSION")).isNotEmpty();
    }

    /** Expected: T3-C3 ERROR on row 一: 总计 2 but the applicants add up to 3. */
    @Test
    void eachRowTotalMustEqualTheSixApplicantColumns() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set(T3, "1", "natural", 2).set(T3, "1", "business", 1).set(T3, "1", "total", 2).build());

        assertThat(byRule(r, "T3-C3-APPLICANTS")).singleElement().satisfies(f -> {
            assertThat(f.location().row()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(f.message()).contains("六类申请人之和为 3", "相差 -1");
        });
    }

    /** Expected: T4-C1 ERROR for 行政复议: 10 + 1 + 0 + 0 = 11 but 总计 0 (the hongze-2023 defect). */
    @Test
    void aTable4BlockTotalMustEqualItsOutcomes() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set("T4", "review", "upheld", 10).set("T4", "review", "corrected", 1).build());

        assertThat(byRule(r, "T4-C1-BLOCK")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("行政复议/总计 为 0", "之和为 11", "10 + 1 + 0 + 0", "相差 -11", "应为 11");
        });
    }

    /** Expected: no T4-C1 ERROR; T4-C1-SKIPPED INFO naming the blank 行政复议 cells (seed 003's situation). */
    @Test
    void aBlankReviewBlockIsSkippedWithAnInfoNotAnError() {
        ReportBuilder b = Fixtures.f2019(2020);
        for (String col : new String[] {"upheld", "corrected", "other", "pending", "total"}) {
            b.set("T4", "review", col, "");
        }

        CheckResult r = check(b.build());

        assertThat(reported(r, "T4-C1")).isEmpty();
        assertThat(byRule(r, "T4-C1-SKIPPED")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("行政复议/结果维持", "行政复议/总计");
        });
    }

    /** Expected: T2-C1 WARNING: 规章 本年制发件数 5 > 现行有效件数 2 + 本年废止件数 1 = 3. */
    @Test
    void moreRegulationsIssuedThanInForceAndRepealedIsWarned() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set("F2021-T2", "art20-1/regulations", "issued", 5)
                .set("F2021-T2", "art20-1/regulations", "in-force", 2)
                .set("F2021-T2", "art20-1/regulations", "repealed", 1).build());

        assertThat(byRule(r, "T2-C1-STOCK")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("规章", "本年制发件数 5", "= 3", "超出 2", "现行有效件数至少应为 4");
        });
    }

    /** Expected: nothing: 5 ≤ 4 + 1. Near miss of the above. */
    @Test
    void issuedDocumentsWithinTheStockPass() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set("F2021-T2", "art20-1/regulations", "issued", 5)
                .set("F2021-T2", "art20-1/regulations", "in-force", 4)
                .set("F2021-T2", "art20-1/regulations", "repealed", 1).build());

        assertThat(r.findings()).noneMatch(f -> f.requirement().equals("T2-C1"));
    }

    /** Expected: T2-C1 WARNING under the trial layout: 本年新公开数量 3 > 对外公开总数量 2. */
    @Test
    void trialLayoutNewlyPublishedMustNotExceedTotalPublished() {
        CheckResult r = check(Fixtures.f2019(2020)
                .set("F2019-T2", "art20-1/normative-documents", "new-published", 3)
                .set("F2019-T2", "art20-1/normative-documents", "total-published", 2).build());

        assertThat(byRule(r, "T2-C1-STOCK")).extracting(Finding::actual).containsExactly("3");
    }

    /** Expected: T2-C1-SKIPPED INFO: 现行有效件数 is blank. */
    @Test
    void aBlankStockCellSkipsTheStockCheck() {
        CheckResult r = check(Fixtures.f2021(2023)
                .set("F2021-T2", "art20-1/regulations", "issued", 1)
                .set("F2021-T2", "art20-1/regulations", "in-force", "/").build());

        assertThat(reported(r, "T2-C1")).isEmpty();
        assertThat(byRule(r, "T2-C1-SKIPPED")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("现行有效件数"));
    }
}
