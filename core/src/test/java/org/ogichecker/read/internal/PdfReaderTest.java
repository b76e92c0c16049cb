package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.testing.PdfVariant;
import org.ogichecker.testing.TestLimits;

class PdfReaderTest {

    private static List<RawLine> read(String sample) throws Exception {
        return read(Files.readAllBytes(Path.of("../examples/samples/" + sample)));
    }

    private static List<RawLine> read(byte[] pdf) throws Exception {
        Limits limits = TestLimits.generous();
        return PdfReader.read(pdf, limits, limits.deadline()).lines();
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf", "hongze-2023.pdf", "hongze-2024.pdf"})
    void aTableThreeRowComesOutAsOneRowWithItsLabelAndSevenNumbers(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        RawLine row = lines.stream().filter(l -> l.isRow() && l.cells().get(0).equals("一、本年新收政府信息公开申请数量"))
                .findFirst().orElseThrow();
        List<String> numbers = row.cells().stream().filter(c -> c.matches("\\d+")).toList();
        assertThat(numbers).hasSize(7);
        assertThat(row.text()).isEqualTo(String.join("\t", row.cells()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf", "hongze-2023.pdf", "hongze-2024.pdf"})
    void pageNumbersAreDroppedAndTheHeadingsArePresent(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        assertThat(lines).extracting(RawLine::text).noneMatch(t -> t.matches("[-—\\s]*\\d+[-—\\s]*"));
        assertThat(lines).extracting(RawLine::text).contains("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项");
        assertThat(lines.get(0).text()).endsWith("政府信息公开工作年度报告");
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf", "hongze-2023.pdf"})
    void wrappedLabelsAndCellsSpanningRowsAndPagesStayWithTheirRow(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        RawLine partly = lines.stream().filter(l -> l.isRow() && l.cells().size() > 2
                && l.cells().get(1).startsWith("（二）部分公开")).findFirst().orElseThrow();
        assertThat(partly.cells().get(0)).isEqualTo("三、本年度办理结果");
        assertThat(partly.cells().get(1)).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        RawLine total = lines.stream().filter(l -> l.isRow() && l.cells().contains("（七）总计")).findFirst()
                .orElseThrow();
        assertThat(total.cells().get(0)).isEqualTo("三、本年度办理结果");
    }

    /** The published reports with their pages stored turned and shown upright by /Rotate (as landscape pages often are). */
    @ParameterizedTest
    @CsvSource({"huaian-2024.pdf, 90", "hongze-2023.pdf, 270", "hongze-2024.pdf, 180"})
    void aReportWhosePagesAreStoredTurnedReadsIntoTheSameLines(String sample, int rotate) throws Exception {
        byte[] upright = Files.readAllBytes(Path.of("../examples/samples/" + sample));

        assertThat(read(PdfVariant.turned(upright, rotate))).isEqualTo(read(upright));
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf"})
    void paragraphsWrappedOverLinesAndPagesAreJoined(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        assertThat(lines).extracting(RawLine::text).anyMatch(t -> t.startsWith("（四）政府信息公开平台建设情况")
                && t.contains("列入重点检查范围"));
        assertThat(lines).extracting(RawLine::text).anyMatch(t -> t.contains("电子邮箱：hazwgkc@163.com"));
    }

    /** A page of a Chinese paragraph in the test font, with {@code change} applied to the document before it is saved. */
    private static byte[] chinesePage(java.util.function.Consumer<PDDocument> change) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                InputStream font = PdfReaderTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font);
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                paragraph(cs, f);
            }
            doc.save(out); // embeds the font subset
            try (PDDocument saved = Loader.loadPDF(out.toByteArray()); ByteArrayOutputStream changed = new ByteArrayOutputStream()) {
                change.accept(saved);
                saved.save(changed);
                return changed.toByteArray();
            }
        }
    }

    /** Twenty lines of a Chinese sentence in {@code font}, down the page. */
    private static void paragraph(PDPageContentStream cs, PDType0Font font) throws java.io.IOException {
        for (int i = 0; i < 20; i++) {
            cs.beginText();
            cs.setFont(font, 10.5f);
            cs.newLineAtOffset(60, 650 - 16 * i);
            cs.showText("本机关全年主动公开政府信息十二条。");
            cs.endText();
        }
    }

    @Test
    void aGridOfMoreCellsThanATableHasIsADrawingAndTheTextOverItIsReadAsText() throws Exception {
        byte[] pdf = chinesePage(d -> {
            try (PDPageContentStream cs = new PDPageContentStream(d, d.getPage(0), PDPageContentStream.AppendMode.APPEND,
                    false)) {
                for (int i = 0; i < 130; i++) { // 129 bands by 159 columns: 20 511 cells
                    cs.moveTo(50, 332 + 2.6f * i);
                    cs.lineTo(546, 332 + 2.6f * i);
                }
                for (int i = 0; i < 160; i++) {
                    cs.moveTo(50 + 3.1f * i, 332);
                    cs.lineTo(50 + 3.1f * i, 332 + 2.6f * 129);
                }
                cs.stroke();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        List<RawLine> lines = read(pdf);

        assertThat(lines).allMatch(l -> l.cells() == null);
        assertThat(lines).extracting(RawLine::text).anyMatch(t -> t.startsWith("本机关全年主动公开政府信息十二条。"));
    }

    @Test
    void aPdfWhoseFontsMapNoGlyphToACharacterIsUnreadableAndSaysSoNotThatItIsScanned() throws Exception {
        assertThat(read(chinesePage(d -> { }))).extracting(RawLine::text)
                .anyMatch(t -> t.startsWith("本机关全年主动公开政府信息十二条。"));

        byte[] unmapped = chinesePage(d -> {
            try {
                for (COSName name : d.getPage(0).getResources().getFontNames()) {
                    d.getPage(0).getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThatThrownBy(() -> read(unmapped)).isInstanceOf(UnreadableException.class)
                .hasMessage("the PDF's fonts do not map their glyphs to characters (340 of 340 glyphs have no Unicode"
                        + " mapping): its text cannot be extracted, and OCR is not supported");
    }

    /**
     * A text layer whose letters are not Chinese: here the bytes of a Chinese text (GBK) drawn as Latin-1 characters, the
     * mojibake of a font whose encoding is wrong.
     */
    @Test
    void aPdfWhoseTextIsNotChineseIsUnreadableAndSaysHowMuchIs() throws Exception {
        StringBuilder mojibake = new StringBuilder();
        for (byte b : "本机关全年主动公开政府信息十二条，其中规范性文件三件。".getBytes(java.nio.charset.Charset.forName("GBK"))) {
            if ((b & 0xff) >= 0xc0) {
                mojibake.append((char) (b & 0xff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                for (int i = 0; i < 20; i++) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10.5f);
                    cs.newLineAtOffset(60, 650 - 16 * i);
                    cs.showText(mojibake.toString());
                    cs.endText();
                }
            }
            doc.save(out);
        }

        assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith("the PDF's text is not Chinese (0 of its "
                        + 20 * mojibake.chars().filter(Character::isLetter).count() + " letters are Chinese characters)");
    }

    /**
     * Two pages of text, each with a seal-sized image and a letterhead image at the same place, and on the second a
     * table-sized picture: only the picture is a line {@link org.ogichecker.model.Section#IMAGE}.
     */
    @Test
    void onlyAnImageThatMayHoldContentIsALineNotASealNorALetterheadOnEveryPage() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                InputStream font = getClass().getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font);
            BufferedImage grey = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
            PDImageXObject img = LosslessFactory.createFromImage(doc, grey);
            for (int page = 1; page <= 2; page++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.drawImage(img, 60, 700, 475, 60); // a letterhead, on both pages
                    paragraph(cs, f);
                    cs.drawImage(img, 400, 200, 60, 60); // a seal
                    if (page == 2) {
                        cs.drawImage(img, 60, 80, 475, 100); // a table as a picture
                    }
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }

        List<RawLine> lines = read(pdf);

        assertThat(lines).extracting(RawLine::text).filteredOn(org.ogichecker.model.Section.IMAGE::equals).hasSize(1);
        assertThat(lines.get(lines.size() - 1).text()).isEqualTo(org.ogichecker.model.Section.IMAGE);
    }

    /** A row of a ruled table of two columns at x 60 and 200, 400 points wide, {@code y} points down an A4 page. */
    private static PdfPage.Item ruled(double y, String label, String value) {
        return new PdfPage.Item(label + "\t" + value, List.of(label, value), 60, 460, y, 0, null, new double[] {60, 200});
    }

    private static PdfReader.Page page(PdfPage.Item... items) {
        return new PdfReader.Page(List.of(items), 842);
    }

    private static List<String> rows(List<RawLine> lines) {
        return lines.stream().map(RawLine::text).toList();
    }

    @Test
    void theRestOfARowThatAPageBreaksIsJoinedToItAfterTheTablesHeaderPrintedAgain() {
        List<RawLine> lines = PdfReader.lines(List.of(
                page(ruled(600, "信息内容", "本年制发件数"), ruled(620, "规章", "0"), ruled(640, "行政规范性文", "58")),
                page(ruled(100, "信息内容", "本年制发件数"), ruled(120, "件", ""), ruled(140, "行政许可", "3"))));

        assertThat(rows(lines)).containsExactly("信息内容\t本年制发件数", "规章\t0", "行政规范性文件\t58", "行政许可\t3");
    }

    @Test
    void aRowAtAPagesHeadThatRepeatsAnInnerHeaderOfTheTableIsKept() {
        // table 二's blocks each have the header "信息内容 本年处理决定数量"; only the table's first rows are its header
        List<RawLine> lines = PdfReader.lines(List.of(
                page(ruled(600, "第二十条第（五）项", ""), ruled(620, "信息内容", "本年处理决定数量"),
                        ruled(640, "行政许可", "550"), ruled(660, "第二十条第（六）项", "")),
                page(ruled(100, "信息内容", "本年处理决定数量"), ruled(120, "行政处罚", "4119"))));

        assertThat(rows(lines)).containsExactly("第二十条第（五）项\t", "信息内容\t本年处理决定数量", "行政许可\t550",
                "第二十条第（六）项\t", "信息内容\t本年处理决定数量", "行政处罚\t4119");
    }

    @Test
    void aBandAtAPagesHeadIsNoRestOfAnotherTableAndARowOfItsOwnIsNoRest() {
        PdfPage.Item otherTable = new PdfPage.Item("件\t", List.of("件", ""), 100, 300, 100, 0, null, new double[] {100, 200});
        List<RawLine> lines = PdfReader.lines(List.of(
                page(ruled(620, "规章", "0"), ruled(640, "行政规范性文", "58")),
                page(otherTable, ruled(120, "规章", "1"))));

        assertThat(rows(lines)).containsExactly("规章\t0", "行政规范性文\t58", "件\t", "规章\t1");
    }
}
