package org.ogichecker.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.RuleAssertions.none;
import static org.ogichecker.rules.RuleAssertions.one;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Figure;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.ReportBuilder;

class NarrativeRulesTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    private static Figure items(long n) {
        return new Figure(BigDecimal.valueOf(n), "条", "", "", 0, 0);
    }

    /** "主动公开政府信息{total}条，其中…{parts}" in section 0 (二、主动公开政府信息情况). */
    private static CheckResult group(long total, long... parts) {
        return CHECKER.check(ReportBuilder.report()
                .section(2, "二", "主动公开政府信息情况", "主动公开政府信息" + total + "条。")
                .group(items(total), Arrays.stream(parts).mapToObj(NarrativeRulesTest::items).toList(),
                        "主动公开政府信息" + total + "条，其中……")
                .build());
    }

    // ---------------------------------------------------------------- SECTION-EMPTY

    @Test
    void aHeadingWithNothingUnderItIsWarnedAtThatSection() {
        // expected: SECTION-EMPTY / SECTION-EMPTY / WARNING, located at 六、其他需要报告的事项
        CheckResult r = CHECKER.check(ReportBuilder.report()
                .section(5, "五", "存在的主要问题及改进情况", "宣传不够深入。")
                .section(6, "六", "其他需要报告的事项", "").build());

        Finding f = one(r, "SECTION-EMPTY", "SECTION-EMPTY", Severity.WARNING);
        assertThat(f.location().section()).isEqualTo("六、其他需要报告的事项");
        assertThat(f.location().line()).isEqualTo(3); // 五 heading, its text, then 六
        assertThat(f.message()).contains("六、其他需要报告的事项");
    }

    @Test
    void aHeadingFollowedOnlyByPunctuationIsEmpty() {
        // expected: SECTION-EMPTY / SECTION-EMPTY / WARNING
        one(CHECKER.check(ReportBuilder.report().section(6, "六", "其他需要报告的事项：", "。").build()),
                "SECTION-EMPTY", "SECTION-EMPTY", Severity.WARNING);
    }

    @Test
    void aSectionWithTextIsNotEmpty() {
        none(CHECKER.check(ReportBuilder.report().section(6, "六", "其他需要报告的事项", "无。").build()), "SECTION-EMPTY");
    }

    @Test
    void aHeadingThatCarriesItsContentOnTheSameLineIsNotEmpty() {
        none(CHECKER.check(ReportBuilder.report().section(6, "六", "其他需要报告的事项：无", "").build()), "SECTION-EMPTY");
    }

    // ---------------------------------------------------------------- TEXT-SUM

    @Test
    void partsThatAddUpToMoreThanTheTotalAreWarnedWithTotalPartsSumAndDifference() {
        // the 百色 case: expected TEXT-SUM-EXCEEDS / TEXT-SUM / WARNING, 92 vs 5 + 17 + 26 + 321 + 18 + 28 + 5 + 71 = 491, 399 more
        CheckResult r = group(92, 5, 17, 26, 321, 18, 28, 5, 71);

        Finding f = one(r, "TEXT-SUM-EXCEEDS", "TEXT-SUM", Severity.WARNING);
        assertThat(f.message()).contains("92", "5 + 17 + 26 + 321 + 18 + 28 + 5 + 71 = 491", "399");
        assertThat(f.messageEn()).contains("92", "= 491", "399 more");
        assertThat(f.location().section()).isEqualTo("二、主动公开政府信息情况");
        assertThat(f.expected()).isEqualTo("92");
        assertThat(f.actual()).isEqualTo("491");
    }

    @Test
    void partsThatAddUpToTheTotalPass() {
        // the 南昌 case: 561 = 7 + 3 + 1 + 2 + 420 + 121 + 1 + 2 + 4
        CheckResult r = group(561, 7, 3, 1, 2, 420, 121, 1, 2, 4);

        none(r, "TEXT-SUM-EXCEEDS");
        none(r, "TEXT-SUM-SHORT");
    }

    @Test
    void severalPartsThatFallShortOfTheTotalAreANoteWithTheGap() {
        // expected: TEXT-SUM-SHORT / TEXT-SUM / INFO, 100 vs 60 + 30 = 90, 10 less
        CheckResult r = group(100, 60, 30);

        assertThat(one(r, "TEXT-SUM-SHORT", "TEXT-SUM", Severity.INFO).message()).contains("100", "60 + 30 = 90", "少10");
        none(r, "TEXT-SUM-EXCEEDS");
    }

    @Test
    void aSinglePartBelowTheTotalIsNormalFor其中() {
        // "共100条，其中网站80条": 其中 singles out a part
        none(group(100, 80), "TEXT-SUM-SHORT");
    }
}
