package org.ogichecker.rules.r2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.r2007.R2007Fixtures.FEES;
import static org.ogichecker.rules.r2007.R2007Fixtures.ON_REQUEST;
import static org.ogichecker.rules.r2007.R2007Fixtures.OTHER;
import static org.ogichecker.rules.r2007.R2007Fixtures.PROACTIVE;
import static org.ogichecker.rules.r2007.R2007Fixtures.PROBLEMS;
import static org.ogichecker.rules.r2007.R2007Fixtures.REVIEW;
import static org.ogichecker.rules.r2007.R2007Fixtures.byRequirement;
import static org.ogichecker.rules.r2007.R2007Fixtures.check;
import static org.ogichecker.rules.r2007.R2007Fixtures.findings;
import static org.ogichecker.rules.r2007.R2007Fixtures.oldTableWithout;
import static org.ogichecker.rules.r2007.R2007Fixtures.sections;
import static org.ogichecker.rules.r2007.R2007Fixtures.sixItems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Report;
import org.ogichecker.model.StatementKind;

class ArticleThirtyTwoItemsTest {

    @Test
    void aReportWithASectionForEachItemMissesNone() {
        Report r = sixItems().build();
        // expected: no finding of any R2007-32-* requirement
        assertThat(check(r).findings()).noneMatch(f -> f.requirement().startsWith("R2007-32-"));
    }

    @Test
    void theItemsAreCheckedOnlyUnderThe2007Regime() {
        Report r = sections(PROACTIVE).year(2020).build();
        // expected: nothing from the R2007 pack for a 2020 report, though five items are missing
        assertThat(check(r).findings()).noneMatch(f -> f.requirement().startsWith("R2007-32-"));
    }

    // ---------------------------------------------------------------- (一) proactive disclosure

    @Test
    void withoutAnythingOnProactiveDisclosureItemOneIsMissing() {
        Report r = sections(ON_REQUEST, FEES, REVIEW, PROBLEMS, OTHER).build();
        // expected: R2007-32-1-PROACTIVE, ERROR, "no section"
        assertThat(findings(r, "R2007-32-1-PROACTIVE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.requirement()).isEqualTo("R2007-32-1");
            assertThat(f.messageEn()).contains("item (1)", "no section or paragraph");
        });
    }

    @Test
    void aStatedNumberOfItemsPublishedCoversItemOneWithoutAHeading() {
        Report r = sections(ON_REQUEST, FEES, REVIEW, PROBLEMS, OTHER)
                .statement(StatementKind.ITEMS_PUBLISHED, 92, "条", "网站主动公开各类政府信息92条", 0).build();
        // expected: no R2007-32-1 finding
        assertThat(byRequirement(r, "R2007-32-1")).isEmpty();
    }

    @Test
    void onlyTheTableRowOfItemsPublishedCoversItemOneWithAnInfo() {
        Report r = oldTableWithout(sections(ON_REQUEST, FEES, REVIEW, PROBLEMS, OTHER)).build();
        // expected: R2007-32-1-TABLE-ONLY (INFO) and no ERROR for item (一)
        assertThat(findings(r, "R2007-32-1-TABLE-ONLY")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings(r, "R2007-32-1-PROACTIVE")).isEmpty();
    }

    // ---------------------------------------------------------------- (二) disclosure on request

    @ParameterizedTest
    @ValueSource(strings = {"依申请公开", "政府信息依申请公开工作情况", "依申请公开信息办理情况", "政府信息公开申请的办理情况",
            "依申请公开政府信息和不予公开政府信息的情况", "依申請公開信息辦理情況"})
    void itemTwoIsRecognisedInEachWordingOfItsHeading(String heading) {
        Report r = sections(PROACTIVE, new String[] {heading, "本年收到申请1件。"}, FEES, REVIEW, PROBLEMS, OTHER)
                .build();
        // expected: no R2007-32-2 finding
        assertThat(byRequirement(r, "R2007-32-2")).isEmpty();
    }

    @Test
    void aHeadingAboutReconsiderationOfRequestsIsNotItemTwo() {
        Report r = sections(PROACTIVE, FEES, REVIEW, PROBLEMS, OTHER).build();
        // "因政府信息公开申请行政复议…" names item (四) only; expected: R2007-32-2-ON-REQUEST
        assertThat(findings(r, "R2007-32-2-ON-REQUEST")).hasSize(1);
    }

    @Test
    void onlyTheTableRowOfApplicationsCoversItemTwoWithAnInfo() {
        Report r = oldTableWithout(sections(PROACTIVE, FEES, REVIEW, PROBLEMS, OTHER)).build();
        // expected: R2007-32-2-TABLE-ONLY (INFO), no R2007-32-2-ON-REQUEST
        assertThat(findings(r, "R2007-32-2-TABLE-ONLY")).hasSize(1);
        assertThat(findings(r, "R2007-32-2-ON-REQUEST")).isEmpty();
    }

    // ---------------------------------------------------------------- (三) fees

    @Test
    void anEmptyFeeHeadingLeavesItemThreeUnreportedEvenIfTheTextSaysNoFeeElsewhere() {
        Report r = sections(PROACTIVE, ON_REQUEST, new String[] {"政府信息公开的收费及减免情况", ""}, REVIEW, PROBLEMS,
                OTHER).statement(StatementKind.NO_FEE_COLLECTED, "无偿为申请者提供", 1).build();
        // expected: R2007-32-3-FEES at the empty heading 三
        assertThat(findings(r, "R2007-32-3-FEES")).singleElement().satisfies(f -> {
            assertThat(f.location().section()).isEqualTo("三、政府信息公开的收费及减免情况");
            assertThat(f.messageEn()).contains("has nothing under it");
        });
    }

    @Test
    void aFeeHeadingCarryingItsParagraphOnTheSameLineCoversItemThree() {
        Report r = sections(PROACTIVE, ON_REQUEST, new String[] {"收费及减免情况。本机关未收取任何费用。", ""}, REVIEW,
                PROBLEMS, OTHER).build();
        // expected: no R2007-32-3 finding (the content is on the heading's line)
        assertThat(byRequirement(r, "R2007-32-3")).isEmpty();
    }

    @Test
    void aLabelledParagraphOnFeesCoversItemThree() {
        Report r = sections(PROACTIVE, new String[] {ON_REQUEST[0], "收到申请1件。\n收费及减免情况：本机关未收取任何费用。"},
                REVIEW, PROBLEMS, OTHER).build();
        // expected: no R2007-32-3 finding
        assertThat(byRequirement(r, "R2007-32-3")).isEmpty();
    }

    @Test
    void aStatementThatNoFeeWasCollectedCoversItemThreeWithoutAHeading() {
        Report r = sections(PROACTIVE, ON_REQUEST, REVIEW, PROBLEMS, OTHER)
                .statement(StatementKind.NO_FEE_COLLECTED, "本年度未收取任何费用", 1).build();
        // expected: no R2007-32-3 finding
        assertThat(byRequirement(r, "R2007-32-3")).isEmpty();
    }

    @Test
    void theTableFeeRowCoversItemThreeWithAnInfoThatTheNarrativeIsSilent() {
        Report r = oldTableWithout(sections(PROACTIVE, ON_REQUEST, REVIEW, PROBLEMS, OTHER)).build();
        // expected: R2007-32-3-TABLE-ONLY (INFO, quoting the fee row), no R2007-32-3-FEES
        assertThat(findings(r, "R2007-32-3-TABLE-ONLY")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("七、依申请公开信息收取的费用 = 0"));
        assertThat(findings(r, "R2007-32-3-FEES")).isEmpty();
    }

    @Test
    void aBlankFeeRowDoesNotCoverItemThree() {
        Report r = oldTableWithout(sections(PROACTIVE, ON_REQUEST, REVIEW, PROBLEMS, OTHER))
                .set("OLD", "7", "value", "").build();
        // expected: R2007-32-3-FEES (the table gives no figure either)
        assertThat(findings(r, "R2007-32-3-FEES")).hasSize(1);
        assertThat(findings(r, "R2007-32-3-TABLE-ONLY")).isEmpty();
    }

    // ---------------------------------------------------------------- (四) reconsideration and lawsuits

    @Test
    void anEmptyReviewHeadingLeavesItemFourUnreported() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, new String[] {"因政府信息公开申请行政复议、提起行政诉讼的情况", ""},
                PROBLEMS, OTHER).build();
        // expected: R2007-32-4-REVIEW-LITIGATION at heading 四
        assertThat(findings(r, "R2007-32-4-REVIEW-LITIGATION")).singleElement()
                .satisfies(f -> assertThat(f.location().section()).startsWith("四、"));
    }

    @Test
    void aShortHeadingOnReconsiderationAndSuitsCoversItemFour() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, new String[] {"复议、诉讼情况", "无。"}, PROBLEMS, OTHER).build();
        // expected: no R2007-32-4 finding
        assertThat(byRequirement(r, "R2007-32-4")).isEmpty();
    }

    @Test
    void theTableRowsOfReconsiderationAndLawsuitsCoverItemFourWithAnInfo() {
        Report r = oldTableWithout(sections(PROACTIVE, ON_REQUEST, FEES, PROBLEMS, OTHER)).build();
        // expected: R2007-32-4-TABLE-ONLY (INFO), no R2007-32-4-REVIEW-LITIGATION
        assertThat(findings(r, "R2007-32-4-TABLE-ONLY")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("四、行政复议数量 = 0", "五、行政诉讼数量 = 0"));
        assertThat(findings(r, "R2007-32-4-REVIEW-LITIGATION")).isEmpty();
    }

    // ---------------------------------------------------------------- (五) problems

    @Test
    void nextYearsPlansAloneDoNotStateProblems() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, REVIEW,
                new String[] {"明年政府信息公开工作的重点", "一是加强信息公开工作的学习培训，对民众关心的热点问题及时回应。"
                        + "\n二是进一步梳理政府信息，对原有的政府信息公开目录进行补充完善。"}, OTHER).build();
        // expected: R2007-32-5-PROBLEMS at heading 五, "only plans"
        assertThat(findings(r, "R2007-32-5-PROBLEMS")).singleElement().satisfies(f -> {
            assertThat(f.location().section()).isEqualTo("五、明年政府信息公开工作的重点");
            assertThat(f.messageEn()).contains("states no problems");
        });
    }

    @Test
    void plansThatNameShortcomingsStateProblems() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, REVIEW,
                new String[] {"下一步工作", "针对公开内容不够丰富的不足，下一步将加强栏目建设。"}, OTHER).build();
        // expected: no R2007-32-5 finding
        assertThat(byRequirement(r, "R2007-32-5")).isEmpty();
    }

    @Test
    void problemsInASubsectionOfAProblemsAndPlansSectionCount() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, REVIEW)
                .section(5, "五", "政府信息公开工作存在的主要问题及工作思路", "（一）存在问题\n一是公开内容仍有些欠缺。\n（二）工作思路\n加强学习。")
                .section(2, 1, "（一）", "存在问题", "一是公开内容仍有些欠缺。", 4)
                .section(2, 2, "（二）", "工作思路", "加强学习。", 4)
                .section(6, "六", OTHER[0], OTHER[1]).build();
        // expected: no R2007-32-5 finding
        assertThat(byRequirement(r, "R2007-32-5")).isEmpty();
    }

    @Test
    void aHeadingThatNamesTheProblemsCoversItemFive() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, REVIEW,
                new String[] {"2018 年推进公开工作存在的问题与不足", "一是重点领域信息的公开不够全面。"}, OTHER).build();
        // expected: no R2007-32-5 finding
        assertThat(byRequirement(r, "R2007-32-5")).isEmpty();
    }

    @Test
    void anEmptyProblemsHeadingLeavesItemFiveUnreported() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, REVIEW, new String[] {"存在的主要问题及改进情况", ""}, OTHER)
                .build();
        // expected: R2007-32-5-PROBLEMS, "nothing under it"
        assertThat(findings(r, "R2007-32-5-PROBLEMS")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("has nothing under it"));
    }

    // ---------------------------------------------------------------- (六) other matters

    @Test
    void otherMattersWithNoneStatedIsCovered() {
        Report r = sixItems().build();
        // expected: no R2007-32-6 finding ("无。" is content)
        assertThat(byRequirement(r, "R2007-32-6")).isEmpty();
    }

    @Test
    void withoutAPartOnOtherMattersItemSixIsMissing() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, REVIEW, PROBLEMS).build();
        // expected: R2007-32-6-OTHER, ERROR, suggesting "无"
        Finding f = findings(r, "R2007-32-6-OTHER").get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("其他需要报告的事项", "无");
    }

    @Test
    void anEmptyPartOnOtherMattersLeavesItemSixUnreported() {
        Report r = sections(PROACTIVE, ON_REQUEST, FEES, REVIEW, PROBLEMS, new String[] {"其他需要报告的事项", ""})
                .build();
        // expected: R2007-32-6-OTHER at heading 六
        assertThat(findings(r, "R2007-32-6-OTHER")).singleElement()
                .satisfies(f -> assertThat(f.location().section()).isEqualTo("六、其他需要报告的事项"));
    }
}
