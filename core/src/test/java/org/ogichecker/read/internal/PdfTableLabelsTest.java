package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTableLabelsTest {

    private static final double SIZE = 8;

    private static PdfPage.Item text(String t, double y) {
        return new PdfPage.Item(t, null, 60, 120, y, SIZE);
    }

    private static PdfPage.Item row(double y, String... cells) {
        return new PdfPage.Item(String.join("\t", cells), List.of(cells), 60, 500, y, SIZE);
    }

    private static List<String> texts(List<PdfPage.Item> items) {
        List<String> out = new ArrayList<>();
        items.forEach(it -> out.add((it.isRow() ? "ROW " : "") + it.text()));
        return out;
    }

    @Test
    void aLabelWrappedAboveAndBelowItsNumbersIsJoinedWhenTheJoinNamesARow() {
        List<PdfPage.Item> items = List.of(
                text("2.其他法律行", 100),
                row(110, "政法规禁止公", "0", "0", "0", "0", "0", "0", "0"),
                text("开", 120));

        assertThat(texts(PdfTableLabels.join(items)))
                .containsExactly("ROW 2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0");
    }

    @Test
    void aShortLineThatMakesNoRowLabelStaysText() {
        List<PdfPage.Item> items = List.of(
                row(100, "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"),
                text("注：无", 110),
                row(200, "其他事项", "1", "2", "3"),
                text("另见附表", 210));

        assertThat(texts(PdfTableLabels.join(items))).containsExactly(
                "ROW 1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "注：无", "ROW 其他事项\t1\t2\t3", "另见附表");
    }

    @Test
    void aGroupLabelRightAboveRowsBecomesARowSoTheBlockStaysOneTable() {
        List<PdfPage.Item> items = List.of(
                text("第二十条第（八）项", 100),
                row(112, "信息内容", "本年收费金额（单位：万元）", "x"),
                text("第二十条第（八）项", 300));

        assertThat(texts(PdfTableLabels.join(items))).containsExactly(
                "ROW 第二十条第（八）项", "ROW 信息内容\t本年收费金额（单位：万元）\tx", "第二十条第（八）项");
    }

    @Test
    void aHeaderLineOfColumnLabelsIsAHeaderButRunningTextIsNot() {
        assertThat(PdfTableLabels.isHeader(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"))).isTrue();
        assertThat(PdfTableLabels.isHeader(List.of("本局", "积极推进", "政务公开"))).isFalse();
    }

    /** Left edges of a ruled table's columns, 20 points apart from 60 on. */
    private static double[] lefts(int columns) {
        double[] x = new double[columns];
        for (int c = 0; c < columns; c++) {
            x[c] = 60 + 20 * c;
        }
        return x;
    }

    private static List<String> cells(String... cells) {
        return List.of(cells);
    }

    @Test
    void theRestOfARowBrokenByAPageContinuesItsCellsNumbersDigitByDigitAndLabelsIntoLabels() {
        double[] x = lefts(4);

        assertThat(PdfTableLabels.restOfRow(cells("行政规范性文", "58", "45", "5"), x, cells("件", "", "", "46"), x))
                .containsExactly("行政规范性文件", "58", "45", "546");
        // (二)'s label, and beside it the label of the merged cell spanning rows, on columns cut differently
        assertThat(PdfTableLabels.restOfRow(cells("三、本年度办", "（二）部分公开（区分处理的，只计这一情形，不计其他情", "38", "0"),
                new double[] {60, 80, 140, 160},
                cells("理结果", "形）", "", "", ""), new double[] {60, 80, 110, 140, 160}))
                .containsExactly("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "38", "0");
    }

    @Test
    void aBandThatHoldsATextOfItsOwnIsNoRestOfTheRowBefore() {
        double[] x = lefts(4);
        List<String> row = cells("行政规范性文", "58", "45", "546");

        // the next row, a group label, a repeated header, a text under an empty cell, or more than half the row's cells
        assertThat(PdfTableLabels.restOfRow(row, x, cells("规章", "1", "0", "11"), x)).isNull();
        assertThat(PdfTableLabels.restOfRow(row, x, cells("第二十条第（五）项", "", "", ""), x)).isNull();
        assertThat(PdfTableLabels.restOfRow(row, x, cells("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), x)).isNull();
        assertThat(PdfTableLabels.restOfRow(cells("规章", "", "0", "11"), x, cells("", "7", "", ""), x)).isNull();
        assertThat(PdfTableLabels.restOfRow(cells("规章", "1", "0", "11"), x, cells("", "2", "5", "6"), x)).isNull();
        // a word that makes no label, and a text under a number
        assertThat(PdfTableLabels.restOfRow(row, x, cells("说明", "", "", ""), x)).isNull();
        assertThat(PdfTableLabels.restOfRow(row, x, cells("", "", "", "件"), x)).isNull();
        assertThat(PdfTableLabels.restOfRow(row, x, cells("", "", "", ""), x)).isNull();
    }
}
