package org.ogichecker.rules.r2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.r2007.R2007Fixtures.byRequirement;
import static org.ogichecker.rules.r2007.R2007Fixtures.check;
import static org.ogichecker.rules.r2007.R2007Fixtures.findings;
import static org.ogichecker.rules.r2007.R2007Fixtures.oldTableWithout;
import static org.ogichecker.rules.r2007.R2007Fixtures.sixItems;

import org.junit.jupiter.api.Test;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Report;
import org.ogichecker.rules.internal.OldTable;
import org.ogichecker.testing.ReportBuilder;

class OldTableArithmeticTest {

    /** A 2018 report with a consistent old table of zeros. */
    private static ReportBuilder zeros() {
        return sixItems().fill("OLD", 0);
    }

    @Test
    void aTableOfZerosBreaksNoRelation() {
        Report r = zeros().build();
        // expected: no OLD-C* finding at all
        assertThat(check(r).findings()).noneMatch(f -> f.requirement().startsWith("OLD-C"));
    }

    @Test
    void theTableHelperGivesARelationOnlyWhenItDoesNotHold() {
        // each object a rule takes from the helper costs Drools a fact handle, and no rule reports a relation that holds
        assertThat(OldTable.sum(zeros().build(), "3.1")).isEmpty();
        assertThat(OldTable.sum(zeros().set("OLD", "3.1", "value", 3).build(), "3.1"))
                .singleElement().satisfies(c -> assertThat(c.violated()).isTrue());
    }

    // ---------------------------------------------------------------- OLD-C1 applications received

    @Test
    void applicationsReceivedMoreThanTheWaysTheyCameInIsAnError() {
        Report r = zeros().set("OLD", "3.1", "value", 3).set("OLD", "3.1.1", "value", 1)
                .set("OLD", "3.1.3", "value", 1).build();
        // expected: OLD-C1-APPLICATIONS, ERROR: 3 vs 1 + 0 + 1 + 0 + 0 = 2, difference 1, total would be 2
        assertThat(findings(r, "OLD-C1-APPLICATIONS")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageEn()).contains("is 3", "1 + 0 + 1 + 0 + 0 = 2", "difference 1", "would be 2");
            assertThat(f.location().row()).isEqualTo("（一）收到申请数");
            assertThat(f.expected()).isEqualTo("2");
            assertThat(f.actual()).isEqualTo("3");
        });
    }

    @Test
    void oneApplicationByNetworkWithTheOtherWaysBlankHolds() {
        Report r = zeros().set("OLD", "3.1", "value", 1).set("OLD", "3.1.1", "value", "")
                .set("OLD", "3.1.2", "value", "").set("OLD", "3.1.3", "value", 1).set("OLD", "3.1.4", "value", "")
                .set("OLD", "3.1.5", "value", "").build();
        // expected: no OLD-C1 finding (1 = 网络 1, the blanks read as 0)
        assertThat(byRequirement(r, "OLD-C1")).isEmpty();
    }

    @Test
    void aTotalTheBlankWaysCouldMakeUpIsReportedAsSkipped() {
        Report r = zeros().set("OLD", "3.1", "value", 3).set("OLD", "3.1.1", "value", 1)
                .set("OLD", "3.1.2", "value", "").build();
        // expected: OLD-C1-SKIPPED, INFO, naming the blank 2.传真申请数; no ERROR
        assertThat(byRequirement(r, "OLD-C1")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("OLD-C1-SKIPPED");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("2.传真申请数");
        });
    }

    @Test
    void aMissingWayRowIsUnknownNotZero() {
        Report r = oldTableWithout(sixItems(), "3.1.2", "3.1.5").set("OLD", "3.1", "value", 3)
                .set("OLD", "3.1.1", "value", 1).build();
        // expected: OLD-C1-SKIPPED naming the missing row 2.传真申请数; no OLD-C1-APPLICATIONS
        assertThat(byRequirement(r, "OLD-C1")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("OLD-C1-SKIPPED");
            assertThat(f.messageEn()).contains("2.传真申请数", "row missing");
        });
    }

    @Test
    void partsAboveTheTotalAreAnErrorEvenWithARowMissing() {
        Report r = oldTableWithout(sixItems(), "3.1.2").set("OLD", "3.1", "value", 1)
                .set("OLD", "3.1.1", "value", 1).set("OLD", "3.1.3", "value", 1).build();
        // expected: OLD-C1-APPLICATIONS (1 vs 2: a missing row cannot lower the sum)
        assertThat(findings(r, "OLD-C1-APPLICATIONS")).hasSize(1);
    }

    // ---------------------------------------------------------------- OLD-C2 applications completed

    @Test
    void completedOtherThanOnTimePlusExtendedIsAnError() {
        Report r = zeros().set("OLD", "3.2", "value", 2).set("OLD", "3.2.1", "value", 1).build();
        // expected: OLD-C2-COMPLETED: 2 vs 1 + 0 = 1
        assertThat(findings(r, "OLD-C2-COMPLETED")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("is 2", "1 + 0 = 1"));
    }

    @Test
    void completedEqualToOnTimeWithABlankExtendedHolds() {
        Report r = zeros().set("OLD", "3.2", "value", 1).set("OLD", "3.2.1", "value", 1)
                .set("OLD", "3.2.2", "value", "").build();
        // expected: no OLD-C2 finding
        assertThat(byRequirement(r, "OLD-C2")).isEmpty();
    }

    @Test
    void completedWithBothPartsBlankIsSkipped() {
        Report r = zeros().set("OLD", "3.2", "value", 1).set("OLD", "3.2.1", "value", "")
                .set("OLD", "3.2.2", "value", "").build();
        // expected: OLD-C2-SKIPPED (INFO)
        assertThat(byRequirement(r, "OLD-C2")).extracting(f -> f.rule()).containsExactly("OLD-C2-SKIPPED");
    }

    // ---------------------------------------------------------------- OLD-C3 answers

    @Test
    void answersBelowTheSumOfTheirKindsIsAnErrorDespiteBlanks() {
        // seed 002: 申请答复数 1, 属于已主动公开范围数 1 + 同意公开答复数 1, the other six blank
        ReportBuilder b = zeros().set("OLD", "3.3", "value", 1).set("OLD", "3.3.1", "value", 1)
                .set("OLD", "3.3.2", "value", 1);
        for (int i = 3; i <= 8; i++) {
            b.set("OLD", "3.3." + i, "value", "");
        }
        // expected: OLD-C3-ANSWERS, ERROR: 1 vs 2
        assertThat(findings(b.build(), "OLD-C3-ANSWERS")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("is 1", "= 2", "would be 2"));
    }

    @Test
    void answersEqualToTheSumOfTheirKindsHold() {
        Report r = zeros().set("OLD", "3.3", "value", 2).set("OLD", "3.3.1", "value", 1)
                .set("OLD", "3.3.2", "value", 1).build();
        // expected: no OLD-C3 finding
        assertThat(byRequirement(r, "OLD-C3")).isEmpty();
    }

    @Test
    void answersWithBlankKindsBelowTheTotalAreSkipped() {
        Report r = zeros().set("OLD", "3.3", "value", 2).set("OLD", "3.3.1", "value", 1)
                .set("OLD", "3.3.8", "value", "").build();
        // expected: OLD-C3-SKIPPED naming 8.告知通过其他途径办理数
        assertThat(findings(r, "OLD-C3-SKIPPED")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("8.告知通过其他途径办理数"));
    }

    // ---------------------------------------------------------------- OLD-C4 refusals

    @Test
    void refusalsOtherThanTheSumOfTheirReasonsIsAWarning() {
        Report r = zeros().set("OLD", "3.3.4", "value", 1).set("OLD", "3.3.4.a", "value", 1)
                .set("OLD", "3.3.4.c", "value", 1).build();
        // expected: OLD-C4-REFUSALS, WARNING: 1 vs 2
        assertThat(findings(r, "OLD-C4-REFUSALS")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void refusalsEqualToTheSumOfTheirReasonsHold() {
        Report r = zeros().set("OLD", "3.3.4", "value", 2).set("OLD", "3.3.4.a", "value", 1)
                .set("OLD", "3.3.4.c", "value", 1).build();
        // expected: no OLD-C4 finding
        assertThat(byRequirement(r, "OLD-C4")).isEmpty();
    }

    @Test
    void aBlankRefusalTotalIsSkipped() {
        Report r = zeros().set("OLD", "3.3.4", "value", "").build();
        // expected: OLD-C4-SKIPPED (INFO)
        assertThat(byRequirement(r, "OLD-C4")).extracting(f -> f.rule()).containsExactly("OLD-C4-SKIPPED");
    }

    // ---------------------------------------------------------------- OLD-C5 cases

    @Test
    void casesOtherThanTheSumOfTheirOutcomesAreErrorsPerBlock() {
        Report r = zeros().set("OLD", "4", "value", 1).set("OLD", "6", "value", 2).set("OLD", "6.3", "value", 1)
                .build();
        // expected: OLD-C5-CASES twice: 四、行政复议数量 1 vs 0, 六、举报投诉数量 2 vs 1
        assertThat(findings(r, "OLD-C5-CASES")).extracting(f -> f.location().row())
                .containsExactlyInAnyOrder("四、行政复议数量", "六、举报投诉数量");
    }

    @Test
    void complaintsWithoutOutcomeRowsAreNotChecked() {
        Report r = oldTableWithout(sixItems(), "6.1", "6.2", "6.3").set("OLD", "6", "value", 3).build();
        // expected: no OLD-C5 finding (the outcome rows of 举报投诉 are optional: nothing to check)
        assertThat(byRequirement(r, "OLD-C5")).isEmpty();
    }

    @Test
    void blankOutcomesOfALawsuitCountAreSkipped() {
        Report r = zeros().set("OLD", "5", "value", 1).set("OLD", "5.1", "value", "").build();
        // expected: OLD-C5-SKIPPED for 五、行政诉讼数量
        assertThat(findings(r, "OLD-C5-SKIPPED")).singleElement()
                .satisfies(f -> assertThat(f.location().row()).isEqualTo("五、行政诉讼数量"));
    }

    // ---------------------------------------------------------------- OLD-C6 staff

    @Test
    void staffOtherThanFullTimePlusPartTimeIsAnError() {
        // seed 002: 4 vs 0 + 2
        Report r = zeros().set("OLD", "8.3", "value", 4).set("OLD", "8.3.2", "value", 2).build();
        // expected: OLD-C6-STAFF: 4 vs 0 + 2 = 2, difference 2
        assertThat(findings(r, "OLD-C6-STAFF")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("is 4", "0 + 2 = 2", "difference 2"));
    }

    @Test
    void oneStaffMemberPartTimeHolds() {
        Report r = zeros().set("OLD", "8.3", "value", 1).set("OLD", "8.3.2", "value", 1).build();
        // expected: no OLD-C6 finding (seed 000)
        assertThat(byRequirement(r, "OLD-C6")).isEmpty();
    }

    @Test
    void aBlankStaffTotalIsSkipped() {
        Report r = zeros().set("OLD", "8.3", "value", "").build();
        // expected: OLD-C6-SKIPPED
        assertThat(byRequirement(r, "OLD-C6")).extracting(f -> f.rule()).containsExactly("OLD-C6-SKIPPED");
    }

    // ---------------------------------------------------------------- OLD-C7 其中 rows

    @Test
    void aQiZhongRowAboveItsParentIsAnError() {
        Report r = zeros().set("OLD", "1.1", "value", 3).set("OLD", "1.1.a", "value", 5)
                .set("OLD", "1.1.b", "value", 5).set("OLD", "2.2.1.a", "value", 2).build();
        // expected: OLD-C7-SUBSET twice: 5 > 3 (规范性文件), 2 > 0 (新闻发布会)
        assertThat(findings(r, "OLD-C7-SUBSET")).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageEn()).contains("must be at least");
        });
    }

    @Test
    void qiZhongRowsEqualToTheirParentsHold() {
        Report r = zeros().set("OLD", "2.2.2", "value", 2).set("OLD", "2.2.2.a", "value", 2).build();
        // expected: no OLD-C7 finding
        assertThat(byRequirement(r, "OLD-C7")).isEmpty();
    }

    @Test
    void aBlankQiZhongRowIsSkipped() {
        Report r = zeros().set("OLD", "1.1", "value", 755).set("OLD", "1.1.a", "value", "").build();
        // expected: OLD-C7-SKIPPED naming 其中：主动公开规范性文件数
        assertThat(findings(r, "OLD-C7-SKIPPED")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("其中：主动公开规范性文件数"));
    }

    // ---------------------------------------------------------------- OLD-C8 normative documents

    @Test
    void moreNormativeDocumentsPublishedThanIssuedIsAWarning() {
        Report r = zeros().set("OLD", "1.1", "value", 10).set("OLD", "1.1.a", "value", 3)
                .set("OLD", "1.1.b", "value", 2).build();
        // expected: OLD-C8-NORMATIVE, WARNING: 3 > 2
        assertThat(findings(r, "OLD-C8-NORMATIVE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains("is 3", "\"制发规范性文件总数\" 2");
        });
    }

    @Test
    void fewerNormativeDocumentsPublishedThanIssuedIsFine() {
        Report r = zeros().set("OLD", "1.1", "value", 10).set("OLD", "1.1.a", "value", 2)
                .set("OLD", "1.1.b", "value", 3).build();
        // expected: no OLD-C8 finding
        assertThat(byRequirement(r, "OLD-C8")).isEmpty();
    }

    @Test
    void blankNormativeDocumentCountsAreSkipped() {
        Report r = zeros().set("OLD", "1.1.a", "value", "").set("OLD", "1.1.b", "value", "").build();
        // expected: OLD-C8-SKIPPED
        assertThat(findings(r, "OLD-C8-SKIPPED")).hasSize(1);
    }

    // ---------------------------------------------------------------- OLD-C9 channels

    @Test
    void aChannelAboveTheItemsPublishedIsAWarning() {
        Report r = zeros().set("OLD", "1.1", "value", 600).set("OLD", "1.2.2", "value", 631).build();
        // expected: OLD-C9-CHANNEL, WARNING: 631 > 600, at least 631
        assertThat(findings(r, "OLD-C9-CHANNEL")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains("631", "600", "by 31", "at least 631");
        });
    }

    @Test
    void channelsMayAddUpToMoreThanTheItemsPublished() {
        // seed 002: 755 items; website 631, WeChat 163, other 39 (833 in all, channels overlap)
        Report r = zeros().set("OLD", "1.1", "value", 755).set("OLD", "1.2.2", "value", 631)
                .set("OLD", "1.2.4", "value", 163).set("OLD", "1.2.5", "value", 39).build();
        // expected: no OLD-C9 finding
        assertThat(byRequirement(r, "OLD-C9")).isEmpty();
    }

    @Test
    void aBlankChannelIsSkipped() {
        Report r = zeros().set("OLD", "1.1", "value", 755).set("OLD", "1.2.3", "value", "").build();
        // expected: OLD-C9-SKIPPED naming 3.政务微博公开政府信息数
        assertThat(findings(r, "OLD-C9-SKIPPED")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("3.政务微博公开政府信息数"));
    }
}
