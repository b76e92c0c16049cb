package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.model.StatisticsPeriod;

class PeriodParserTest {

    private static StatisticsPeriod period(String... lines) {
        List<TextLine> text = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            text.add(new TextLine(i + 1, lines[i]));
        }
        return PeriodParser.find(new Paragraphs(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "本年度报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。",
            "报告中所列数据的统计期限为2018年1月1日至2018年12月31日。",
            "本年度报告中所列数据统计期限从2018年1月1日到12月31日止。",
            "本报告所列数据的统计期限自2018年1月1日至2018年12月31日。如有疑问请联系。",
            "统计期限为2018年度。"})
    void everyPrintedFormOfTheCalendarYearIsRead(String sentence) {
        StatisticsPeriod p = period("前言。", "说明。" + sentence);
        assertThat(p.from()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.evidence()).startsWith(sentence.substring(0, 4)).doesNotContain("说明");
    }

    @Test
    void aKeyWordAfterAnotherUseOfTheWordStatisticsIsFound() {
        StatisticsPeriod p = period("我们加强了统计工作。数据统计时段为2018年1月1日至2018年12月31日。");
        assertThat(p.from()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(p.evidence()).isEqualTo("数据统计时段为2018年1月1日至2018年12月31日。");
    }

    @Test
    void aPeriodThatIsNotTheCalendarYearIsReadAsPrinted() {
        StatisticsPeriod p = period("统计期限自2019年5月15日至2019年12月31日。");
        assertThat(p.from()).isEqualTo(LocalDate.of(2019, 5, 15));
        assertThat(p.to()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void aReportThatStatesNoPeriodHasNone() {
        assertThat(period("2018年,我局主动公开信息54条。", "截至2018年12月31日,共计54条。")).isNull();
    }
}
