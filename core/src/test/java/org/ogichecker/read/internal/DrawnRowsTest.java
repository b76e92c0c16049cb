package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrawnRowsTest {

    private static List<RawLine> lines(String... text) {
        return ReportParser.textLines(String.join("\n", text));
    }

    @Test
    void eachLineOfAPipeTableIsARowAndItsRuleABlankLine() {
        List<RawLine> lines = lines("表二", "| 信息内容 | 本年制发件数 |", "|:---|---:|", "| 规章 | 0 |", "正文。");

        assertThat(lines).extracting(RawLine::cells).containsExactly(null, List.of("信息内容", "本年制发件数"), null,
                List.of("规章", "0"), null);
        assertThat(lines.get(2).text()).isEmpty();
        assertThat(lines).extracting(RawLine::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theLinesOfAGridRowBetweenTwoRulesAreOneRowOnItsFirstLine() {
        List<RawLine> lines = lines(
                "┌──────────────────────┬────┐",
                "│1.申请人无正当理由逾期│    │",
                "│不补正、行政机关不再处│8   │",
                "│理其政府信息公开申请  │    │",
                "├──────────────────────┼────┤",
                "│3.其他                │1   │",
                "└──────────────────────┴────┘");

        assertThat(lines.get(1).cells()).containsExactly("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "8");
        assertThat(lines.get(1).text()).isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t8");
        assertThat(lines.get(5).cells()).containsExactly("3.其他", "1");
        assertThat(List.of(0, 2, 3, 4, 6)).allSatisfy(i -> {
            assertThat(lines.get(i).isRow()).isFalse();
            assertThat(lines.get(i).text()).isEmpty();
        });
    }

    /**
     * A cell that spans rows (its text set beside them, partly on the rules it passes, as {@code w3m -dump} draws it)
     * stands in each of its rows, and a cell that spans columns in the first of them, as the HTML reader expands spans.
     */
    @Test
    void aCellSpanningRowsOrColumnsIsExpandedAsTheHtmlReaderExpandsIt() {
        List<RawLine> lines = lines(
                "┌────────┬─────────────────────┐",
                "│        │申请人情况           │",
                "│        ├────────────────┬────┤",
                "│        │自然人          │总计│",
                "├────────┼────────────────┼────┤",
                "│三、本  │（一）予以公开  │1   │",
                "│年度办  ├────────────────┼────┤",
                "│        │（二）部分公开  │2   │",
                "│理结果  ├────────────────┼────┤",
                "│        │（七）总计      │3   │",
                "└────────┴────────────────┴────┘");

        assertThat(lines).filteredOn(RawLine::isRow).extracting(RawLine::cells).containsExactly(
                List.of("", "申请人情况", ""),
                List.of("", "自然人", "总计"),
                List.of("三、本年度办理结果", "（一）予以公开", "1"),
                List.of("三、本年度办理结果", "（二）部分公开", "2"),
                List.of("三、本年度办理结果", "（七）总计", "3"));
        assertThat(lines).filteredOn(RawLine::isRow).extracting(RawLine::number).containsExactly(2, 4, 6, 8, 10);
    }

    @Test
    void aGridTooWideForAReportsTableIsReadLineByLine() {
        String rule = "+" + "---+".repeat(70);
        List<RawLine> lines = lines(rule, "|" + " 0 |".repeat(70), rule);

        assertThat(lines.get(1).cells()).hasSize(70);
        assertThat(lines.get(0).text()).isEmpty();
    }

    @Test
    void anEscapedPipeIsPartOfItsCellAndALastCellNeedsNoClosingStroke() {
        assertThat(DrawnRows.cells("  | a \\| b | c")).containsExactly("a | b", "c");
        assertThat(DrawnRows.cells("|  | 　0　 |")).containsExactly("", "0");
    }

    @Test
    void linesThatDrawNoTableStayAsTheyAre() {
        List<String> text = List.of("──────────", "- 一是加强领导；", "+86 0771-1234567", "|独立一行", "正文。");

        assertThat(lines(text.toArray(String[]::new))).extracting(RawLine::text).containsExactlyElementsOf(text);
        assertThat(lines(text.toArray(String[]::new))).noneMatch(RawLine::isRow);
    }
}
