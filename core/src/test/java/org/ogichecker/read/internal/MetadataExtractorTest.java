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

    @Test
    void withoutATitleTheYearComesFromThePeriod() {
        ReportMetadata m = meta("本报告统计期限自2019年1月1日至2019年12月31日。");
        assertThat(m.title()).isNull();
        assertThat(m.year()).isEqualTo(2019);
        assertThat(m.yearEvidence()).isEqualTo("period");
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
