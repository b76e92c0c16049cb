package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.formats.Fixtures.byRule;
import static org.ogichecker.rules.formats.Fixtures.check;
import static org.ogichecker.rules.formats.Fixtures.reported;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.BodyType;
import org.ogichecker.rules.formats.Fixtures.Part;

class PartsRulesTest {

    private static final List<String> PART_REQUIREMENTS = List.of("FMT-OVERVIEW", "R2019-50-1", "R2019-50-2",
            "R2019-50-3", "R2019-50-4", "R2019-50-5", "FMT-ORDER", "FMT-OVERVIEW-AREAS", "R2019-50-4b");

    /** Expected: no finding of any part requirement; parts 二/三/四 hold only their tables. */
    @Test
    void aCompleteReportWhosePartsTwoToFourHoldOnlyTablesHasNoPartFindings() {
        CheckResult r = check(Fixtures.f2021(2023).build());

        for (String req : PART_REQUIREMENTS) {
            assertThat(r.findings()).as(req).noneMatch(f -> f.requirement().equals(req));
        }
    }

    /** Expected: FMT-OVERVIEW ERROR (no 总体情况). */
    @Test
    void aReportWithoutOverviewLacksPartOne() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.remove(0);

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "FMT-OVERVIEW")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("一、总体情况");
        });
    }

    /** Expected: FMT-OVERVIEW ERROR (heading without content). */
    @Test
    void anEmptyOverviewCountsAsMissing() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(0, new Part(1, "一", "总体情况", "", null));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "FMT-OVERVIEW")).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("空"));
    }

    /** Expected: R2019-50-2 ERROR for the missing part 三 (its table is gone too). */
    @Test
    void aMissingApplicationsPartIsReportedUnderArticle50Item2() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.remove(2);

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "R2019-50-2-APPLICATIONS")).hasSize(1);
        assertThat(byRule(r, "R2019-50-1-PROACTIVE")).isEmpty();
        assertThat(byRule(r, "R2019-50-3-REVIEW")).isEmpty();
    }

    /** Expected: R2019-50-1 ERROR: part 二 has neither text nor table. */
    @Test
    void aProactivePartWithNeitherTextNorTableIsMissing() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(1, new Part(2, "二", "主动公开政府信息情况", "", null));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "R2019-50-1-PROACTIVE")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("既无文字也无表格"));
    }

    /** Expected: R2019-50-3 ERROR (part 四 gone); R2019-50-4 and R2019-50-5 ERROR (empty parts 五, 六). */
    @Test
    void reviewProblemsAndOtherMattersAreEachRequired() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(4, new Part(5, "五", "存在的主要问题及改进情况", "", null));
        parts.set(5, new Part(6, "六", "其他需要报告的事项", "", null));
        parts.remove(3);

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "R2019-50-3-REVIEW")).hasSize(1);
        assertThat(byRule(r, "R2019-50-4-PROBLEMS")).hasSize(1);
        assertThat(byRule(r, "R2019-50-5-OTHER")).hasSize(1);
    }

    /** Expected: nothing for part 六 = "无" (acceptable). */
    @Test
    void otherMattersSayingOnlyNoneIsAcceptable() {
        CheckResult r = check(Fixtures.f2019(2020).build());

        assertThat(byRule(r, "R2019-50-5-OTHER")).isEmpty();
    }

    /** Expected: no FMT-ORDER and no missing part: the headings are accepted variants (requirements §0.3). */
    @Test
    void acceptedHeadingVariantsGiveNoFinding() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(3, new Part(4, "四", "因政府信息公开工作被申请行政复议和提起行政诉讼情况", "", "T4"));
        parts.set(4, new Part(5, "五", "存在的主要问题及改进举措", "解读形式单一。", null));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(reported(r, "FMT-ORDER")).isEmpty();
        assertThat(reported(r, "R2019-50-3")).isEmpty();
        assertThat(reported(r, "R2019-50-4")).isEmpty();
    }

    /** Expected: FMT-ORDER-HEADING WARNING, and the part still counts as present (no R2019-50-4). */
    @Test
    void aDeviatingHeadingIsRecognisedByContentAndWarned() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(4, new Part(5, "五", "工作中存在的不足和下一步打算", "人员不足。", null));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "FMT-ORDER-HEADING")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.actual()).isEqualTo("五、工作中存在的不足和下一步打算");
        });
        assertThat(reported(r, "R2019-50-4")).isEmpty();
    }

    /** Expected: FMT-ORDER-NUMBER WARNING for 五 and 六 numbered 四 and 五 after part 四 was dropped. */
    @Test
    void partsNumberedAfterAMissingPartAreMisnumbered() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.remove(3);
        parts.set(3, new Part(4, "四", "存在的主要问题及改进情况", "解读形式单一。", null));
        parts.set(4, new Part(5, "五", "其他需要报告的事项", "本年度未收取信息处理费。", null));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "FMT-ORDER-NUMBER")).extracting(Finding::actual).containsExactlyInAnyOrder("四", "五");
        assertThat(byRule(r, "R2019-50-3-REVIEW")).hasSize(1);
    }

    /** Expected: FMT-ORDER-SEQUENCE WARNING (六 before 五), plus FMT-ORDER-NUMBER for both numerals. */
    @Test
    void partsOutOfOrderAreReported() {
        List<Part> parts = Fixtures.f2021Parts();
        Part five = parts.get(4);
        Part six = parts.get(5);
        parts.set(4, new Part(5, "五", six.heading(), six.text(), null));
        parts.set(5, new Part(6, "六", five.heading(), five.text(), null));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "FMT-ORDER-SEQUENCE")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("五、其他需要报告的事项", "六、存在的主要问题及改进情况"));
        assertThat(reported(r, "R2019-50-4")).isEmpty();
        assertThat(reported(r, "R2019-50-5")).isEmpty();
    }

    /** Expected: R2019-50-4b WARNING naming 工作考核, 社会评议 and 责任追究. */
    @Test
    void aGovernmentSilentOnAppraisalAndAccountabilityIsWarned() {
        CheckResult r = check(Fixtures.f2021(2023).body(BodyType.GOVERNMENT).build());

        assertThat(byRule(r, "R2019-50-4b-ACCOUNTABILITY")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("工作考核", "社会评议", "责任追究");
        });
    }

    /** Expected: nothing: the government reports all three results. Near miss of the above. */
    @Test
    void aGovernmentReportingAssessmentAppraisalAndAccountabilityPasses() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(0, new Part(1, "一", "总体情况", Fixtures.OVERVIEW_TEXT
                + "将政务公开纳入年度绩效考核，开展社会评议，全年未发生责任追究情况。", null));

        CheckResult r = check(Fixtures.report(2023, parts).body(BodyType.GOVERNMENT).build());

        assertThat(reported(r, "R2019-50-4b")).isEmpty();
    }

    /** Expected: nothing: a department is not bound by the second sentence of Art. 50(四). */
    @Test
    void aDepartmentNeedNotReportAccountabilityResults() {
        CheckResult r = check(Fixtures.f2021(2023).body(BodyType.DEPARTMENT).build());

        assertThat(reported(r, "R2019-50-4b")).isEmpty();
    }

    /** Expected: FMT-OVERVIEW-AREAS WARNING under F2021 naming 平台建设 and 监督保障. */
    @Test
    void anOverviewLackingAreasIsWarnedUnderTheCurrentFormat() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(0, new Part(1, "一", "总体情况", "（一）主动公开。（二）依申请公开。（三）政府信息管理。", null));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "FMT-OVERVIEW-AREAS-F2021")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("政府信息公开平台建设", "监督保障").doesNotContain("依申请公开");
        });
    }

    /** Expected: FMT-OVERVIEW-AREAS at INFO only under the trial format. */
    @Test
    void anOverviewLackingAreasIsOnlyASignalUnderTheTrialFormat() {
        List<Part> parts = Fixtures.f2019Parts();
        parts.set(0, new Part(1, "一", "总体情况", "（一）主动公开。（二）依申请公开。（三）政府信息管理。", null));

        CheckResult r = check(Fixtures.report(2020, parts).build());

        assertThat(byRule(r, "FMT-OVERVIEW-AREAS-F2019")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(reported(r, "FMT-OVERVIEW-AREAS")).isEmpty();
    }
}
