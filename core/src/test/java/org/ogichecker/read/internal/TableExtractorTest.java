package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.layout.Labels;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.model.Cell;
import org.ogichecker.model.CellState;
import org.ogichecker.model.Report;
import org.ogichecker.model.TableInfo;
import org.ogichecker.text.Texts;

class TableExtractorTest {

    private static Report read(String... lines) {
        return ReportParser.parse("t", ReportParser.textLines(String.join("\n", lines)));
    }

    private static Cell cell(Report r, String table, String row, String column) {
        return r.cell(table, row, column).orElseThrow(() -> new AssertionError(table + " " + row + " " + column));
    }

    private static String seven(String v) {
        return String.join("\t", v, v, v, v, v, v, v);
    }

    /** A 2021 table 三 with every row; {@code sixth} holds the rows printed for （六）. */
    private static List<String> t3(List<String> sixth) {
        List<String> l = new ArrayList<>(List.of(
                "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t\t申请人情况",
                "\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
                "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
                "一、本年新收政府信息公开申请数量\t\t" + seven("1") + "\t",
                "二、上年结转政府信息公开申请数量\t\t" + seven("0") + "\t",
                "三、本年度办理结果\t（一）予以公开\t" + seven("1") + "\t",
                "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t" + seven("0") + "\t",
                "\t（三）不予公开\t1.属于国家秘密\t" + seven("0"),
                "\t\t2.其他法律行政止公开\t" + seven("0"),
                "\t\t3.危及“三安全一稳定”\t" + seven("0"),
                "\t\t4.保护第三方合法权益\t" + seven("0"),
                "\t\t5.属于三类内部事务信息\t" + seven("0"),
                "\t\t6.属于四类过程性信息\t" + seven("0"),
                "\t\t7.属于行政执法案卷\t" + seven("0"),
                "\t\t8.属于行政查询事项\t" + seven("0"),
                "\t（四）无法提供\t1.本机关不掌握相关政府信息\t" + seven("0"),
                "\t\t2.没有现成信息需要另行制作\t" + seven("0"),
                "\t\t3.补正后申请内容仍不明确\t" + seven("0"),
                "\t（五）不予处理\t1.信访举报投诉类申请\t" + seven("0"),
                "\t\t2.重复申请\t" + seven("0"),
                "\t\t3.要求提供公开出版物\t" + seven("0"),
                "\t\t4.无正当理由大量反复申请\t" + seven("0"),
                "\t\t5.要求行政机关确认或重新出具已获取信息\t" + seven("0")));
        l.addAll(sixth);
        l.add("\t（七）总计\t" + seven("1") + "\t");
        l.add("四、结转下年度继续办理\t\t" + seven("0"));
        return l;
    }

    @Test
    void aTable3WithTheThreeSixthSubRowsIsThe2021LayoutAndALabelTypoStillFindsItsRow() {
        Report r = read(t3(List.of(
                "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t" + seven("0"),
                "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t" + seven("0"),
                "\t\t3.其他\t" + seven("0"))).toArray(String[]::new));
        TableInfo t = r.table("T3").orElseThrow();
        assertThat(t.layout()).isEqualTo("F2021-T3");
        assertThat(t.missingRows()).isEmpty();
        assertThat(t.missingColumns()).isEmpty();
        assertThat(t.extraRows()).isEmpty();
        assertThat(t.labelVariants()).containsExactly("2.其他法律行政止公开");
        assertThat(cell(r, "T3", "3.3.2", "natural").state()).isEqualTo(CellState.NUMBER);
        assertThat(cell(r, "T3", "3.1", "total").value()).isEqualByComparingTo("1");
        assertThat(cell(r, "T3", "1", "natural").line()).isEqualTo(4);
        assertThat(r.cells()).hasSize(25 * 7);
    }

    @Test
    void aSingleSixthRowWithValuesIsTheTrialLayout() {
        Report r = read(t3(List.of("\t（六）其他处理\t" + seven("0") + "\t")).toArray(String[]::new));
        TableInfo t = r.table("T3").orElseThrow();
        assertThat(t.layout()).isEqualTo("F2019-T3");
        assertThat(t.missingRows()).isEmpty();
        assertThat(r.cell("T3", "3.6", "total")).isPresent();
    }

    @Test
    void table4AsOneRowOfFifteenKeepsItsBlankLeadingCells() {
        Report r = read(
                "行政复议\t\t\t\t\t行政诉讼",
                "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉",
                "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
                "\t\t\t\t\t1\t0\t0\t0\t1\t0\t2\t0\t0\t2");
        assertThat(r.cells()).hasSize(15);
        assertThat(cell(r, "T4", "review", "upheld").state()).isEqualTo(CellState.BLANK);
        assertThat(cell(r, "T4", "suit-direct", "upheld").value()).isEqualByComparingTo("1");
        assertThat(cell(r, "T4", "suit-after-review", "corrected").value()).isEqualByComparingTo("2");
        assertThat(r.table("T4").orElseThrow().missingColumns()).isEmpty();
    }

    @Test
    void labelsSideBySideWithoutValuesHeadTheColumnsRatherThanMakeABlankRow() {
        Report r = read(
                "行政复议\t行政诉讼",
                "未经复议直接起诉\t复议后起诉",
                "1\t0\t0\t0\t1\t2\t0\t0\t0\t2\t0\t3\t0\t0\t3");
        assertThat(r.cells()).hasSize(15);
        assertThat(cell(r, "T4", "review", "upheld").value()).isEqualByComparingTo("1");
        assertThat(cell(r, "T4", "suit-direct", "upheld").value()).isEqualByComparingTo("2");
        assertThat(cell(r, "T4", "suit-after-review", "corrected").value()).isEqualByComparingTo("3");
    }

    @Test
    void aHeaderThatDoesNotNameAColumnMakesItMissingOnlyWhenARowLacksItsValue() {
        List<String> full = t3(List.of("\t（六）其他处理\t" + seven("0") + "\t"));
        // the header's sub-columns wrapped in narrow columns, unreadable: "商业企" over "业", …
        full.set(2, "\t\t\t商业企\t科研机\t社会公益\t法律服务\t其他\t");
        assertThat(read(full.toArray(String[]::new)).table("T3").orElseThrow().missingColumns()).isEmpty();

        List<String> shortRow = new ArrayList<>(full);
        shortRow.set(3, "一、本年新收政府信息公开申请数量\t1\t1\t1\t1\t1\t1");
        assertThat(read(shortRow.toArray(String[]::new)).table("T3").orElseThrow().missingColumns())
                .containsExactly("business", "research", "public-interest", "legal-services");
    }

    @Test
    void aStatisticsTableLaidOutOneCellPerLineIsMergedIntoRows() {
        Report r = read(
                "\t统　计　指　标", "\t单位", "\t统计数", "",
                "\t一、主动公开情况", "\t", "\t　　　　", "",
                "\t　　（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "\t条", "\t　755　　", "",
                "\t　　　　　　其中：主动公开规范性文件数", "\t条", "\t　", "");
        assertThat(cell(r, "OLD", "1.1", "value").value()).isEqualByComparingTo("755");
        assertThat(cell(r, "OLD", "1.1", "value").raw()).isEqualTo("755");
        assertThat(cell(r, "OLD", "1.1", "value").line()).isEqualTo(11);
        assertThat(cell(r, "OLD", "1.1.a", "value").state()).isEqualTo(CellState.BLANK);
        assertThat(r.table("OLD").orElseThrow().extraRows()).isEmpty();
        assertThat(r.table("OLD").orElseThrow().line()).isEqualTo(1);
    }

    /**
     * A label cell spanning columns (an HTML or Word table's colspan, a PDF whose rows cut the columns differently)
     * leaves empty cells after it: they are no values when a unit or a row label follows them, but they are when a
     * number does.
     */
    @Test
    void emptyCellsLeftByALabelSpanningColumnsAreNoValuesWhenAUnitOrARowLabelFollows() {
        Report old = read(
                "统计指标\t\t\t\t单位\t统计数",
                "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\t\t\t\t条\t54",
                "其中：主动公开规范性文件数\t\t\t\t条\t\t",
                "制发规范性文件总数\t\t\t\t件\t3");
        assertThat(cell(old, "OLD", "1.1", "value").value()).isEqualByComparingTo("54");
        assertThat(cell(old, "OLD", "1.1.a", "value").state()).isEqualTo(CellState.BLANK);
        assertThat(cell(old, "OLD", "1.1.b", "value").value()).isEqualByComparingTo("3");

        List<String> lines = t3(List.of(
                "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t" + seven("1"),
                "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t" + seven("2"),
                "\t\t3.其他\t" + seven("3")));
        lines.replaceAll(l -> l.replace("（三）不予公开\t1.属于国家秘密", "（三）不予公开\t\t1.属于国家秘密"));
        Report t3 = read(lines.toArray(String[]::new));
        assertThat(cell(t3, "T3", "3.3.1", "natural").value()).isEqualByComparingTo("0");
        assertThat(t3.table("T3").orElseThrow().missingRows()).isEmpty();
    }

    @Test
    void headerRepeatsAtPageBreaksAreNotRowsAndRepeatedLabelsLandInDocumentOrder() {
        Report r = read(
                "统计指标\t单位\t统计数",
                "四、行政复议数量\t件\t3",
                "（一）维持具体行政行为数\t件\t1",
                "（二）被依法纠错数\t件\t2",
                "统计指标\t单位\t统计数",
                "",
                "五、行政诉讼数量\t件\t4",
                "（一）维持具体行政行为或者驳回原告诉讼请求数\t件\t0",
                "（二）被依法纠错数\t件\t4");
        assertThat(cell(r, "OLD", "4.2", "value").value()).isEqualByComparingTo("2");
        assertThat(cell(r, "OLD", "5.2", "value").value()).isEqualByComparingTo("4");
        assertThat(cell(r, "OLD", "5.2", "value").line()).isEqualTo(9);
        assertThat(r.table("OLD").orElseThrow().extraRows()).isEmpty();
        assertThat(r.cells()).hasSize(6);
    }

    @Test
    void table2BlocksTakeTheirColumnsFromTheirHeaderRows() {
        Report r = read(
                "第二十条第（一）项\t\t\t",
                "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                "规章\t0\t0\t0",
                "行政规范性文件\t2\t1\t15",
                "第二十条第（八）项\t\t\t",
                "信息内容\t本年收费金额（单位：万元）\t\t",
                "行政事业性收费\t1.5\t\t");
        TableInfo t = r.table("T2").orElseThrow();
        assertThat(t.layout()).isEqualTo("F2021-T2");
        assertThat(cell(r, "T2", "art20-1/normative-documents", "in-force").value()).isEqualByComparingTo("15");
        assertThat(cell(r, "T2", "art20-8/fees", "fee-amount").value()).isEqualByComparingTo("1.5");
        assertThat(t.missingRows()).containsExactly("art20-5/licensing", "art20-6/penalty", "art20-6/coercion");
    }

    @Test
    void aTrialTable2WithAnAmountInYuanAndANegativeChangeKeepsBothAsNumbers() {
        Report r = read(
                "第二十条第（五）项\t\t\t",
                "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
                "行政许可\t10\t-2\t8",
                "第二十条第（九）项\t\t\t",
                "信息内容\t采购项目数量\t采购总金额\t",
                "政府集中采购\t3\t251000元\t");
        assertThat(r.table("T2").orElseThrow().layout()).isEqualTo("F2019-T2");
        assertThat(cell(r, "T2", "art20-5/licensing", "change").value()).isEqualByComparingTo(new BigDecimal("-2"));
        assertThat(cell(r, "T2", "art20-9/procurement", "proc-amount").value()).isEqualByComparingTo("251000");
        assertThat(cell(r, "T2", "art20-9/procurement", "proc-amount").raw()).isEqualTo("251000元");
    }

    @Test
    void cellsReadNumbersPlaceholdersAndText() {
        assertThat(p("　").value().state()).isEqualTo(CellState.BLANK);
        assertThat(p("—").value().state()).isEqualTo(CellState.BLANK);
        assertThat(p("/").value().state()).isEqualTo(CellState.BLANK);
        assertThat(p("-").value().state()).isEqualTo(CellState.BLANK);
        assertThat(p("１２").value().number()).isEqualByComparingTo("12");
        assertThat(p("1,234").value().number()).isEqualByComparingTo("1234");
        assertThat(p("-3").value().number()).isEqualByComparingTo("-3");
        assertThat(p("约5件").value().state()).isEqualTo(CellState.INVALID);
    }

    @Test
    void cellsThatReadAsNumbersOrBlanksCannotBeLabelsBecauseNoLayoutLabelReadsSo() {
        for (TableLayout layout : Layouts.all()) {
            for (String label : layout.rowLabels()) {
                assertThat(p(Labels.key(label)).value().state()).as(label).isEqualTo(CellState.INVALID);
                assertThat(p(Labels.core(label)).value().state()).as(label).isEqualTo(CellState.INVALID);
            }
        }
    }

    @Test
    void rowsThatFormNoKnownTableAreHandedBackAsParagraphs() {
        Report r = read("一、概述", "序号\t名称\t备注", "1\t某某制度\t新制定", "二、其他", "无");
        assertThat(r.tables()).isEmpty();
        assertThat(r.sections().get(0).text()).isEqualTo("序号 名称 备注\n1 某某制度 新制定");
    }

    @Test
    void alignmentDropsEmptyEndCellsOnlyUntilTheCountFits() {
        List<TableExtractor.Piece> v = List.of(p(""), p("1"), p("2"), p(""));
        assertThat(TableParse.align(v, 2)).extracting(TableExtractor.Piece::text).containsExactly("1", "2");
        assertThat(TableParse.align(v, 3)).extracting(TableExtractor.Piece::text).containsExactly("", "1", "2");
    }

    @Test
    void aLabelIsPrintedNormalisedAndTrimmedWithRunsOfSpacesCollapsedWhicheverWayItWasRead() {
        List<String> texts = new ArrayList<>();
        for (TableLayout layout : Layouts.all()) {
            for (String label : layout.rowLabels()) {
                texts.addAll(List.of(label, " " + label + "\u3000", "“" + label + "”", label + "：", "其中：" + label,
                        label.replace("（", "(").replace("）", ") "), label + "關", label + "\u0301", "1." + label,
                        "\u3000\u3000" + label.replace("、", "\t \u00a0") + " \u001c\u000b"));
            }
        }
        for (String text : texts) {
            TableExtractor.Piece piece = p(text);
            piece.value();
            assertThat(piece.printed()).as(text).isEqualTo(Texts.normalize(text).strip().replaceAll("\\s+", " "));
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = c + " 规 \t" + c + "\u3000章" + c;
            if (Texts.common(c) != 0 || c == 0) {
                assertThat(TableExtractor.printedOfCommon(text)).as("U+%04X", (int) c)
                        .isEqualTo(Texts.normalize(text).strip().replaceAll("\\s+", " "));
            }
        }
    }

    private static TableExtractor.Piece p(String s) {
        return new TableExtractor.Piece(s, 1);
    }
}
