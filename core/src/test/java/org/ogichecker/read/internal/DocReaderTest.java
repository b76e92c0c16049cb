package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Section;
import org.ogichecker.testing.TestLimits;

/**
 * Word 97–2003 documents (made by LibreOffice: {@code src/test/resources/converted/README.md}); the tables of a whole
 * report are compared with the web page they were saved from in {@code ConvertedTextTest}.
 */
class DocReaderTest {

    private static final Path FILES = Path.of("src/test/resources/converted");

    /** Reads with no limit that a test document could reach. */
    static Extracted read(byte[] doc) throws UnreadableException {
        Limits limits = TestLimits.generous();
        return DocReader.read(doc, limits, limits.deadline());
    }

    /** A table with a cell spanning two columns, one spanning two rows and one with a line break. */
    @Test
    void mergedCellsAreExpandedAsTheHtmlSpansTheyWereSavedFrom() throws Exception {
        Extracted x = read(Files.readAllBytes(FILES.resolve("merged-table.lo.doc")));

        assertThat(x.lines()).filteredOn(RawLine::isRow).extracting(RawLine::cells).containsExactly(
                List.of("一、本年新收政府信息公开申请数量", "", "7", "7"),
                List.of("三、本年度办理结果", "（一）予以公开", "3", "3"),
                List.of("三、本年度办理结果", "（二）部分公开（区分处理的）", "4", "4"));
        assertThat(x.lines()).filteredOn(l -> !l.isRow()).extracting(RawLine::text).containsExactly(
                "某某局2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
    }

    /** A page framed in a single-cell table with the data table inside: the frame's content is read in place. */
    @Test
    void theContentOfALayoutTableIsReadInPlaceAndItsDataTableAsRows() throws Exception {
        Extracted x = read(Files.readAllBytes(FILES.resolve("layout-table.lo.doc")));

        assertThat(x.lines()).extracting(RawLine::text).containsExactly("某某局2024年政府信息公开工作年度报告",
                "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量\t\t7\t7",
                "三、本年度办理结果\t（一）予以公开\t3\t3", "三、本年度办理结果\t（二）部分公开\t4\t4",
                "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(x.lines()).filteredOn(RawLine::isRow).hasSize(3);
    }

    /**
     * POI builds a document's whole text before a paragraph can be read (a 20 MB document of 7.9 million characters
     * took 2.4 s and most of a 256 MB heap before the length limit refused it): the counts in its header refuse it first.
     */
    @Test
    void aDocumentWhoseHeaderCountsMoreCharactersThanTheLimitIsRefusedBeforeItsTextIsRead() throws Exception {
        byte[] doc = Files.readAllBytes(FILES.resolve("merged-table.lo.doc"));
        Limits limits = TestLimits.withMaxChars(100);

        assertThatThrownBy(() -> DocReader.read(doc, limits, limits.deadline()))
                .isInstanceOf(UnreadableException.class)
                .hasMessageMatching("the text exceeds the length limit \\((1[0-9]{2}) characters > limit of 100 characters\\)");
        // its header counts 1xx characters
        assertThat(DocReader.read(doc, TestLimits.withMaxChars(200), limits.deadline()).lines()).isNotEmpty();
    }

    @Test
    void readingStopsAtTheTimeLimitWithHowFarItGot() throws Exception {
        byte[] doc = Files.readAllBytes(FILES.resolve("merged-table.lo.doc"));
        Limits limits = TestLimits.generous();

        assertThatThrownBy(() -> DocReader.read(doc, limits, System.nanoTime() - 1))
                .isInstanceOf(UnreadableException.class)
                .hasMessageMatching("reading took longer than the time limit of 60.0 s \\(0 of [0-9]+ paragraphs read\\)");
    }

    @Test
    void anInlinePictureIsTheImageLineInItsPlace() throws Exception {
        Extracted x = read(Files.readAllBytes(FILES.resolve("picture.lo.doc")));

        assertThat(x.lines()).extracting(RawLine::text).containsExactly("某县人民政府2024年政府信息公开工作年度报告",
                "一、总体情况", "2024年，本县认真贯彻落实《条例》。", "二、主动公开政府信息情况", Section.IMAGE,
                "三、收到和处理政府信息公开申请情况");
    }

    @Test
    void fieldInstructionsAndWordsMarksAreNotText() {
        // a hyperlink field: its instruction goes, its result stays; a line break within a cell joins Chinese text
        assertThat(DocReader.text("见\u0013 HYPERLINK \"http://x.gov.cn\" \u0014政府网站\u0015。\r"))
                .isEqualTo("见政府网站。");
        assertThat(DocReader.text("结果\u000b纠正\u0007")).isEqualTo("结果纠正");
        assertThat(DocReader.text("第\u0001一\u001f项 A\u000bB 0951\u001e5035245")).isEqualTo("第一项 A B 0951-5035245");
    }

    @Test
    void anOfficeFileThatIsNotAWordDocumentIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook"); // what an .xls holds
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("not a Word document");
    }

    @Test
    void aPasswordProtectedWordDocumentIsRefusedAsSuch() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("某某局2024年政府信息公开工作年度报告");
            d.write(docx);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx.toByteArray());
            }
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOf(UnreadableException.class)
                .hasMessageContaining("password-protected");
    }

    @Test
    void aTruncatedDocumentIsDamagedNotAnInternalFailure() throws Exception {
        byte[] doc = Files.readAllBytes(FILES.resolve("pingtan-2025.lo.doc"));

        assertThatThrownBy(() -> read(Arrays.copyOf(doc, doc.length / 2)))
                .isInstanceOf(UnreadableException.class).hasMessageContaining("could not be opened")
                .hasMessageNotContaining(ReadFailures.INTERNAL);
    }
}
