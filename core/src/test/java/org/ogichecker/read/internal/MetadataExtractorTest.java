package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.ReportMetadata;

class MetadataExtractorTest {

    private static ReportMetadata meta(String... lines) {
        return ReportParser.parse("t", ReportParser.textLines(String.join("\n", lines))).metadata();
    }

    @Test
    void aTitleSplitOverTwoLinesIsJoined() {
        ReportMetadata m = meta("济宁市科技局2018年度政府信息公开工作", "", "年 度 报 告", "", "一、概述", "内容");
        assertThat(m.title()).isEqualTo("济宁市科技局2018年度政府信息公开工作年度报告");
        assertThat(m.agency()).isEqualTo("济宁市科技局");
        assertThat(m.year()).isEqualTo(2018);
        assertThat(m.yearEvidence()).isEqualTo("title");
        assertThat(m.bodyType()).isEqualTo(BodyType.DEPARTMENT);
    }

    @Test
    void anAgencyLineBeforeATitleThatStartsWithTheYearIsPartOfTheTitle() {
        ReportMetadata m = meta("", "金凤区科学技术局", "", "2020年政府信息公开工作年度报告", "根据条例编制本报告。");
        assertThat(m.title()).isEqualTo("金凤区科学技术局2020年政府信息公开工作年度报告");
        assertThat(m.agency()).isEqualTo("金凤区科学技术局");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023年度上海市教育委员会政府信息公开工作年度报告 | 上海市教育委员会",
            "二〇二三年某县人民政府政务公开工作年度报告       | 某县人民政府",
            "2024年政府信息公开工作年度报告                 | -"})
    void aYearOpeningTheTitleIsNotPartOfTheAgency(String title, String agency) {
        assertThat(MetadataExtractor.agency(title)).isEqualTo(agency);
    }

    @Test
    void aSitesMenuAboveThePageTitleIsNotTheTitle() {
        ReportMetadata m = meta("首页", "政府工作报告", "2024年政府工作报告", "政府信息公开", "某区2025年度政府信息公开工作年度报告",
                "一、总体情况", "内容。");
        assertThat(m.title()).isEqualTo("某区2025年度政府信息公开工作年度报告");
        assertThat(m.agency()).isEqualTo("某区");
    }

    @Test
    void withoutATitleTheYearComesFromThePeriod() {
        ReportMetadata m = meta("本报告统计期限自2019年1月1日至2019年12月31日。");
        assertThat(m.title()).isNull();
        assertThat(m.year()).isEqualTo(2019);
        assertThat(m.yearEvidence()).isEqualTo("period");
    }

    @Test
    void withoutATitleOrPeriodTheYearIsTheOneTheTextNamesMost() {
        ReportMetadata m = meta("2019年，本局认真学习了上级2018年度政府信息公开工作年度报告。", "一、总体情况",
                "2019年主动公开政府信息20条。", "二、二〇一九年工作中存在的问题", "无。", "三、2020年工作计划", "继续做好公开工作。");
        assertThat(m.title()).isNull();
        assertThat(m.year()).isEqualTo(2019);
        assertThat(m.yearEvidence()).isEqualTo("text");
    }

    @Test
    void onATieTheTextsYearIsTheOneNamedFirst() {
        assertThat(meta("2018年，本局公开信息20条，较2017年增加5条。", "一、概述", "内容。").year()).isEqualTo(2018);
        assertThat(meta("一、概述", "内容12018年。", "1990年建局以来。").year()).isNull();
    }

    @Test
    void thePublicationDateDoesNotGiveTheTextsYear() {
        assertThat(meta("一、概述", "内容。", "某局", "2024年1月20日").year()).isNull();
        assertThat(meta("一、概述", "2023年公开信息20条。", "某局", "2024年1月20日").year()).isEqualTo(2023);
    }

    @Test
    void aDatedSignatureNearTheEndIsThePublicationDate() {
        ReportMetadata m = meta("某局2018年政府信息公开工作年度报告", "一、概述", "内容。", " 济宁市科学技术局", "2019年1月15日", "");
        assertThat(m.published()).isEqualTo(LocalDate.of(2019, 1, 15));
        assertThat(m.publishedLine()).isEqualTo(5);
    }

    @Test
    void aSignatureInChineseNumeralsIsRead() {
        ReportMetadata m = meta("某局2018年政府信息公开工作年度报告", "一、概述", "内容。", "某局 二〇一九年三月二十日");
        assertThat(m.published()).isEqualTo(LocalDate.of(2019, 3, 20));
    }

    @Test
    void aReleaseDateLineIsThePublicationDate() {
        ReportMetadata m = meta("某市人民政府2021年政府信息公开工作年度报告", "发布时间：2022-01-28 09:30", "一、总体情况", "内容。");
        assertThat(m.published()).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(m.publishedLine()).isEqualTo(2);
        assertThat(m.bodyType()).isEqualTo(BodyType.GOVERNMENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "来源：某区管委会办公室　时间：2026-03-10 12:56 | 2026-03-10",
            "来源：某区管委会办公室时间：2026/3/10 | 2026-03-10",
            "[ 日期：2026年1月20日 ] | 2026-01-20",
            "时间：2026.01.08 | 2026-01-08"})
    void aWebPagesHeaderBarAboveTheFirstHeadingGivesThePublicationDate(String bar, LocalDate date) {
        ReportMetadata m = meta("某区2025年度政府信息公开工作年度报告", bar, "一、总体情况", "内容。");
        assertThat(m.published()).isEqualTo(date);
        assertThat(m.publishedLine()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "统计时间：2025年1月1日至2025年12月31日",
            "截止日期：2025-12-31",
            "时间：2025-01-01至2025-12-31",
            "时间：2025年1月1日—2025年12月31日",
            "时间：2026-03-1x"})
    void aDateThatIsNotAHeaderBarsIsNotThePublicationDate(String line) {
        assertThat(meta("某区2025年度政府信息公开工作年度报告", line, "一、总体情况", "内容。").published()).isNull();
    }

    @Test
    void aDatedLineUnderAHeadingIsNotTakenForAHeaderBar() {
        assertThat(meta("某区2025年度政府信息公开工作年度报告", "一、总体情况", "时间：2025-06-01").published()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "淮安市人民政府, GOVERNMENT",
            "洪泽区, GOVERNMENT",
            "某某镇, GOVERNMENT",
            "百色市科学技术和知识产权局, DEPARTMENT",
            "某市人民政府办公室, DEPARTMENT",
            "某市发展和改革委员会, DEPARTMENT",
            "某市政务服务中心, DEPARTMENT",
            "某某街道办事处, UNKNOWN",
            "某某有限公司, UNKNOWN"})
    void theBodyTypeFollowsTheAgencyName(String agency, BodyType type) {
        assertThat(MetadataExtractor.bodyType(agency)).isEqualTo(type);
    }
}
