package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

    /** A report fragment: title, heading, and a table 三 piece with a vertically merged label and a gridSpan. */
    private static byte[] report() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("某某局2024年政府信息公开工作年度报告");
            doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            XWPFTable t = doc.createTable(3, 4);
            fill(t, 0, "一、本年新收政府信息公开申请数量", "", "7", "7");
            fill(t, 1, "三、本年度办理结果", "（一）予以公开", "3", "3");
            fill(t, 2, "", "（二）部分公开", "4", "4");
            pr(t.getRow(1).getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            pr(t.getRow(2).getCell(0)).addNewVMerge(); // continue
            // the first row's label spans two grid columns: its second cell goes
            t.getRow(0).removeCell(1);
            pr(t.getRow(0).getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
            doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTable t, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            t.getRow(row).getCell(c).setText(texts[c]);
        }
    }

    private static CTTcPr pr(XWPFTableCell c) {
        return c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    }

    @Test
    void mergedCellsAreExpandedIntoEveryRowAndColumnTheyCover() throws Exception {
        List<RawLine> lines = DocxReader.read(report()).lines();

        assertThat(lines).filteredOn(RawLine::isRow).extracting(RawLine::cells).containsExactly(
                List.of("一、本年新收政府信息公开申请数量", "", "7", "7"),
                List.of("三、本年度办理结果", "（一）予以公开", "3", "3"),
                List.of("三、本年度办理结果", "（二）部分公开", "4", "4"));
        assertThat(lines).filteredOn(l -> !l.isRow()).extracting(RawLine::text).containsExactly(
                "某某局2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(lines).extracting(RawLine::number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    /** Expected: a line break in a cell joins Chinese text without a space, and Latin words with one, as in HTML. */
    @Test
    void aLineBreakInACellJoinsItsLinesAsTheHtmlReaderDoes() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = doc.createTable(1, 2);
            XWPFRun run = t.getRow(0).getCell(0).getParagraphs().get(0).createRun();
            run.setText("（二）部分公开（区分处理的，");
            run.addBreak();
            run.setText("只计这一情形，不计其他情形）");
            XWPFRun latin = t.getRow(0).getCell(1).getParagraphs().get(0).createRun();
            latin.setText("PDF");
            latin.addBreak();
            latin.setText("file");
            doc.write(out);
            docx = out.toByteArray();
        }

        assertThat(DocxReader.read(docx).lines()).filteredOn(RawLine::isRow).extracting(RawLine::cells)
                .containsExactly(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "PDF file"));
    }

    /**
     * A document framed in a single-cell table (as Word documents converted from web pages are) whose cell holds the
     * paragraphs and a data table: the frame is a layout, its content is read in place.
     */
    @Test
    void theContentOfALayoutTableIsReadInPlaceAndItsDataTableAsRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTableCell frame = doc.createTable(1, 1).getRow(0).getCell(0);
            frame.setText("某某局2024年政府信息公开工作年度报告");
            frame.addParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            XWPFTable data = new XWPFTable(frame.getCTTc().addNewTbl(), frame, 2, 3);
            fill(data, 0, "一、本年新收政府信息公开申请数量", "7", "7");
            fill(data, 1, "二、上年结转政府信息公开申请数量", "0", "0");
            frame.addParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            doc.write(out);
        }

        List<RawLine> lines = DocxReader.read(out.toByteArray()).lines();

        assertThat(lines).extracting(RawLine::text).containsExactly("某某局2024年政府信息公开工作年度报告",
                "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量\t7\t7",
                "二、上年结转政府信息公开申请数量\t0\t0", "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(lines.get(2).isRow()).isTrue();
    }

    @Test
    void aPictureIsALineThatStandsForAnImage() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("二、主动公开政府信息情况");
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(PNG), Document.PICTURE_TYPE_PNG,
                    "table2.png", Units.toEMU(100), Units.toEMU(50));
            doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            doc.write(out);
            docx = out.toByteArray();
        }

        assertThat(DocxReader.read(docx).lines()).extracting(RawLine::text)
                .containsExactly("二、主动公开政府信息情况", Section.IMAGE, "三、收到和处理政府信息公开申请情况");
    }

    /** A 1 × 1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
