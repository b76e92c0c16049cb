package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpacedRowsTest {

    @Test
    void aDataRowIsSplitAtItsGapsAndNumbersSetOneSpaceApartAreACellEach() {
        assertThat(SpacedRows.cells("一、本年新收政府信息公开申请数量      0   12 3 / 0   0   "))
                .containsExactly("一、本年新收政府信息公开申请数量", "0", "12", "3", "/", "0", "0");
        assertThat(SpacedRows.cells("　　(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)　　1　　0　　0"))
                .containsExactly("(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)", "1", "0", "0");
    }

    @Test
    void aLayoutsOwnRowLabelMakesARowOfOneNumberAsInTheOldTable() {
        assertThat(SpacedRows.cells("其中：主动公开规范性文件数   条   0")).containsExactly("其中：主动公开规范性文件数", "条", "0");
        assertThat(SpacedRows.cells("规章   —")).as("a blank mark ends it").containsExactly("规章", "—");
        assertThat(SpacedRows.cells("行政复议      行政诉讼")).containsExactly("行政复议", "行政诉讼");
        // the same shape with a label no layout has is a paragraph
        assertThat(SpacedRows.cells("本机关工作人员   人   3")).isNull();
    }

    @Test
    void aLineNamingTwoColumnsOfALayoutIsAHeaderRow() {
        assertThat(SpacedRows.cells("信息内容   本年制发件数   本年废止件数   现行有效件数"))
                .containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
    }

    @Test
    void paragraphsWithOrWithoutGapsStayParagraphs() {
        assertThat(SpacedRows.cells("　　2018年，本机关共收到政府信息公开申请 5 件。")).isNull();
        assertThat(SpacedRows.cells("本机关  共收到申请 5 件。")).isNull();
        assertThat(SpacedRows.cells("网站公开信息92条，其中概况类5条、政策法规类  26条、工作动态类 3 条。")).isNull();
        assertThat(SpacedRows.cells("规章  共计  2  0  1。")).as("a sentence, whatever its numbers").isNull();
        assertThat(SpacedRows.cells("联系电话：0951-5011234   传真：0951-5011235")).isNull();
        assertThat(SpacedRows.cells("统　计　指　标")).as("letter-spaced by single ideographic spaces").isNull();
    }

    @Test
    void aLineLongerThanARowOrOfMorePartsIsNotOne() {
        assertThat(SpacedRows.cells("总计  " + "0  ".repeat(SpacedRows.MAX_PARTS))).isNull();
        assertThat(SpacedRows.cells("总计  " + "1".repeat(SpacedRows.MAX_ROW_CHARS) + "  2  3")).isNull();
        assertThat(SpacedRows.cells("总计  " + "0  ".repeat(SpacedRows.MAX_PARTS - 2))).isNotNull();
    }

    @Test
    void aGroupLabelAndHeaderLinesRightAboveRowsAreRowsToo() {
        List<RawLine> lines = ReportParser.textLines("""
                二、主动公开政府信息情况
                第二十条第（一）项
                信息内容   本年制发件数   本年废止件数   现行有效件数
                   （其中一行说明）   备注
                规章   0   0   0

                规范性文件   2   0   15
                第二十条第（五）项
                说明文字。""");

        assertThat(lines).extracting(RawLine::isRow)
                .containsExactly(false, true, true, true, true, false, true, false, false);
        assertThat(lines.get(1).cells()).containsExactly("第二十条第（一）项");
        assertThat(lines.get(3).cells()).containsExactly("（其中一行说明）", "备注");
    }

    @Test
    void textWithTabsIsSplitAtTheTabsOnly() {
        assertThat(ReportParser.textLines("规章\t0\t0  0").get(0).cells()).containsExactly("规章", "0", "0  0");
    }

    @Test
    void aLabelWrappedAroundItsValuesIsJoinedAndPiecesBetweenRowsKeepTheTableTogether() {
        List<RawLine> lines = ReportParser.textLines("""
                      （一）予以公开                   1288        21       0        0    50       3   1362
                      （二）部分公开（区分处理的，只计这一情
                                                447         7        0        0        0    0   454
                      形，不计其他情形）
                三、
                             1.属于国家秘密            2          0        0        0        0    0    2
                     四、政府信息公开行政复议、行政诉讼情况
                          行政复议                              行政诉讼""");

        assertThat(lines.get(2).cells()).containsExactly("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "447", "7", "0", "0", "0", "0", "454");
        assertThat(lines.get(1).cells()).as("joined into the label").containsExactly("");
        assertThat(lines.get(3).cells()).as("joined into the label").containsExactly("");
        assertThat(lines.get(4).cells()).as("a numeral alone, between rows").containsExactly("三、");
        assertThat(lines.get(6).isRow()).as("the heading of the next part").isFalse();
    }

    @Test
    void aLabelAndValuesSetOneSpaceApartAreARowAsPdftotextRawWritesIt() {
        assertThat(SpacedRows.cells("规章 1 0 11")).containsExactly("规章", "1", "0", "11");
        assertThat(SpacedRows.cells("行政许可 447228")).containsExactly("行政许可", "447228");
        assertThat(SpacedRows.cells("规章　１　０")).as("full-width").containsExactly("规章", "１", "０");
        assertThat(SpacedRows.cells("447 7 0 0 0 0 454")).containsExactly("447", "7", "0", "0", "0", "0", "454");
        assertThat(SpacedRows.cells("法提供 2.没有现成信息需要另行制作 11 0 0 0 0 0 11"))
                .as("a piece of the merged column's label before the row's own")
                .containsExactly("法提供", "2.没有现成信息需要另行制作", "11", "0", "0", "0", "0", "0", "11");
        assertThat(SpacedRows.cells("全市在运维政务新媒体共计 95")).as("one number after no label").isNull();
        assertThat(SpacedRows.cells("- 5 -")).as("a page number").isNull();
        assertThat(SpacedRows.cells("个，在省办 2024 年四个季度检查中，合格率均为 100")).isNull();
    }

    @Test
    void onlyALineEndingInADigitOrBlankMarkAfterASpaceIsLookedAtForValues() {
        assertThat(SpacedRows.mayEndInValues("规章 1 0 11")).isTrue();
        assertThat(SpacedRows.mayEndInValues("规章 1 0 /  ")).isTrue();
        assertThat(SpacedRows.mayEndInValues("规章　１")).isTrue();
        assertThat(SpacedRows.mayEndInValues("主动公开政府信息92")).as("no space").isFalse();
        assertThat(SpacedRows.mayEndInValues("主动公开政府信息92 ")).as("only a space after it").isFalse();
        assertThat(SpacedRows.mayEndInValues("共收到申请 5 件")).isFalse();
    }

    @Test
    void aLabelWrittenBeforeItsValuesIsJoinedFromTheLinesAboveOnly() {
        List<RawLine> lines = ReportParser.textLines("""
                （一）予以公开 1288 21 0 0 50 3 1362
                （二）部分公开（区分处理的，只计这一情
                形，不计其他情形）
                447 7 0 0 0 0 454
                （三）不
                予公开
                1.属于国家秘密 2 0 0 0 0 0 2
                一、本年新收政府信
                息公开申请数
                量
                3 0 0 0 0 0 3""");

        assertThat(lines.get(3).cells()).as("not （三）不予公开, below it")
                .containsExactly("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "447", "7", "0", "0", "0", "0", "454");
        assertThat(lines.get(1).cells()).containsExactly("");
        assertThat(lines.get(2).cells()).containsExactly("");
        assertThat(lines.get(4).cells()).as("a piece between rows").containsExactly("（三）不");
        assertThat(lines.get(10).cells()).as("from the line with the numbering on")
                .containsExactly("一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3");
    }

    @Test
    void rowLabelsSetOneSpaceApartAreAHeaderRowAndANarrowHeaderKeepsTheTableTogether() {
        StringBuilder text = new StringBuilder("规章 1 0 11\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n");
        text.append("结果\n维持\n".repeat(9)); // eighteen lines of pieces of column labels
        text.append("10 1 0 0 11 0 0 0 0 0 5 0 0 0 5\n行政复议 是本机关的工作\n");
        List<RawLine> lines = ReportParser.textLines(text.toString());

        assertThat(lines.get(1).cells()).containsExactly("行政复议", "行政诉讼");
        assertThat(lines.get(2).cells()).containsExactly("未经复议直接起诉", "复议后起诉");
        assertThat(lines.subList(3, 21)).allMatch(RawLine::isRow);
        assertThat(lines.get(21).cells()).hasSize(15);
        assertThat(lines.get(22).isRow()).as("not every word a label").isFalse();
    }

    @Test
    void aTableWrittenACellALineWithItsLabelsBeforeTheirValuesReadsAsRows() {
        List<RawLine> lines = ReportParser.textLines(String.join("\n\n", "规章", "1", "0", "11", "行政规范性文件", "8",
                "26", "66", "1.申请人无正当理由逾期不补正、", "行政机关不再处理其政府信息公开申请", "67", "3", "0", "0", "1", "0",
                "71", "行政复议", "行政诉讼", "结果", "维持", "未经复议直接起诉", "复议后起诉", "总计") + "\n\n"
                + String.join("\n\n", "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14".split(" ")));

        assertThat(lines.get(0).cells()).containsExactly("规章", "1", "0", "11");
        assertThat(lines.get(2).cells()).as("a value's line").containsExactly("");
        assertThat(lines.get(16).cells()).containsExactly("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "67", "3", "0", "0", "1", "0", "71");
        assertThat(lines.get(34).cells()).as("labels side by side over table 四").containsExactly("行政复议", "行政诉讼");
        assertThat(lines.get(42).cells()).containsExactly("未经复议直接起诉", "复议后起诉");
        assertThat(lines.get(48).cells()).hasSize(15).startsWith("0", "1");
    }

    @Test
    void valuesWhoseLabelCannotBeToldLeaveATableWrittenACellALineAsText() {
        // the values of the row after 二、 have their label elsewhere, as pdftotext writes a label spanning rows
        String displaced = String.join("\n", "一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3",
                "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "1");
        String unlabelled = String.join("\n", "规章", "1", "0", "11", "本机关情况如下", "2", "0", "5");
        // table 四 as it would be read, then a run of more values than a row of table 二 has
        String tableFourFirst = String.join("\n", "行政复议", "行政诉讼", "结果", "维持") + "\n" + "0\n".repeat(15)
                + String.join("\n", "规章", "1", "0", "11", "8", "26", "66");

        for (String text : List.of(displaced, unlabelled, tableFourFirst)) {
            assertThat(ReportParser.textLines(text)).noneMatch(RawLine::isRow);
        }
    }
}
