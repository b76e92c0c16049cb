package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Report;
import org.ogichecker.model.Section;

class SectionParserTest {

    private static List<Section> sections(String text) {
        return ReportParser.parse("test", ReportParser.textLines(text)).sections();
    }

    @Test
    void aHeadingThatRunsOnIntoTextKeepsItsFirstClauseAsHeadingAndTheRestAsText() {
        List<Section> s = sections("一、存在的主要问题\n(一)对政务公开工作认识不到位。在日常工作中,对政务公开较为忽视。");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).level()).isEqualTo(2);
        assertThat(s.get(1).number()).isEqualTo("（一）");
        assertThat(s.get(1).heading()).isEqualTo("对政务公开工作认识不到位");
        assertThat(s.get(1).text()).isEqualTo("在日常工作中,对政务公开较为忽视。");
        assertThat(s.get(1).parent()).isZero();
    }

    @Test
    void traditionalHeadingsReadLikeTheirSimplifiedForms() {
        List<Section> s = sections("一、概述\n內容\n二、主動公開政府信息的情況\n我局公開信息561條。");
        assertThat(s).extracting(Section::heading).containsExactly("概述", "主动公开政府信息的情况");
        assertThat(s.get(1).text()).isEqualTo("我局公开信息561条。");
    }

    @Test
    void listItemsAndRestartedNumberingStayText() {
        List<Section> s = sections("一、总体情况\n一是加强领导。\n二、主动公开\n一、这是列表\n三、依申请公开\n内容");
        assertThat(s).extracting(Section::number).containsExactly("一", "二", "三");
        assertThat(s.get(1).text()).isEqualTo("一、这是列表");
        assertThat(s.get(0).text()).isEqualTo("一是加强领导。");
    }

    @Test
    void aNumberedRowLabelOfATableLeftAsTextHeadsNoPart() {
        // a table 三 whose cells are a line each: its last row label would follow part 三 as part 四
        List<Section> s = sections("一、总体情况\n内容\n二、主动公开政府信息情况\n内容\n三、收到和处理政府信息公开申请情况\n"
                + "一、本年新收政府信息公开申请数量\n3\n四、结转下年度继续办理\n0\n四、政府信息公开行政复议、行政诉讼情况\n见下表。");
        assertThat(s).extracting(Section::heading).containsExactly("总体情况", "主动公开政府信息情况",
                "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况");
    }

    @Test
    void aPartTextIncludesItsSubsectionsUpToTheNextPart() {
        List<Section> s = sections("一、总体情况\n导语\n（一）主动公开\n甲\n（二）依申请公开\n乙\n二、其他\n丙");
        assertThat(s.get(0).text()).isEqualTo("导语\n(一)主动公开\n甲\n(二)依申请公开\n乙");
        assertThat(s.get(0).endLine()).isEqualTo(6);
        assertThat(s.get(1).text()).isEqualTo("甲");
        assertThat(s.get(2).parent()).isZero();
        assertThat(s.get(3).text()).isEqualTo("丙");
    }

    @Test
    void subsectionNumberingRestartsUnderEachPart() {
        List<Section> s = sections("一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子三");
        assertThat(s).extracting(Section::level).containsExactly(1, 2, 2, 1, 2);
        assertThat(s.get(4).parent()).isEqualTo(3);
    }

    @Test
    void anEmptyPartIsEmptyButAPartHoldingOnlyATableIsNot() {
        Report r = ReportParser.parse("t", ReportParser.textLines(String.join("\n",
                "一、政府信息公开的收费及减免情况",
                "二、政府信息公开行政复议、行政诉讼情况",
                "行政复议\t\t\t\t\t行政诉讼",
                "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉",
                "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
                "三、存在的主要问题及改进情况",
                "无。")));
        assertThat(r.sections()).extracting(Section::isEmpty).containsExactly(true, false, false);
        assertThat(r.sections().get(1).text()).isEqualTo("[表格:政府信息公开行政复议、行政诉讼情况]");
        assertThat(r.sections().get(1).endLine()).isEqualTo(5);
    }

    @Test
    void aFirstHeadingFarIntoTheNumberingIsTakenForAListNotAPart() {
        assertThat(sections("五、这是正文中的列表\n内容")).isEmpty();
    }

    @Test
    void tableRowsNumberedLikeHeadingsAreNotSections() {
        List<Section> s = sections(String.join("\n",
                "一、概述",
                "统计指标\t单位\t统计数",
                "一、主动公开情况\t\t",
                "(一) 主动公开政府信息数\t条\t54",
                "二、回应解读情况\t\t",
                "(一) 回应公众关注热点或重大舆情数\t次\t0"));
        assertThat(s).extracting(Section::number).containsExactly("一");
    }

    @Test
    void trailingWebPageFurnitureIsNotContentOfTheLastSection() {
        List<Section> s = sections("一、其他需要报告的事项\n\n相關詞條\n\n熱門詞條\n\n聯絡我們\n打印本页 关闭窗口\n");
        assertThat(s.get(0).text()).isEmpty();
        assertThat(s.get(0).endLine()).isEqualTo(1);
    }

    @Test
    void spacesMayStandAroundEachPartOfAHeadingButANumeralHasAtMostThreeCharacters() {
        assertThat(SectionParser.heading("一 、 概述", 0, 0)).isEqualTo(new SectionParser.Heading(1, "一", 1, "概述", 6));
        assertThat(SectionParser.heading("( 二 ) 依申请公开。正文", 0, 1))
                .isEqualTo(new SectionParser.Heading(2, "二", 2, "依申请公开", 12));
        assertThat(SectionParser.heading("十一.其他", 10, 0)).isEqualTo(new SectionParser.Heading(1, "十一", 11, "其他", 5));
        assertThat(SectionParser.heading("一二三四、列表", 0, 0)).isNull();
        assertThat(SectionParser.heading("(一)列表", 0, 2)).isNull();
        assertThat(SectionParser.heading("一是加强领导", 0, 0)).isNull();
        assertThat(SectionParser.heading("()、", 0, 0)).isNull();
    }

    @Test
    void aLineThatNormalisesToNothingAddsNoLineEndToTheText() {
        List<Section> s = sections("一、概述\n甲\n\u00a0\n乙\n(一)分项。\n\u00a0\n二、其次");
        assertThat(s.get(0).text()).isEqualTo("甲\n乙\n(一)分项。");
        assertThat(s.get(1).text()).isEmpty();
        assertThat(s.get(1).endLine()).isEqualTo(6);
    }
}
