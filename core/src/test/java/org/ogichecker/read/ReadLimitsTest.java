package org.ogichecker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.read.Unreadables.reason;
import static org.ogichecker.read.Unreadables.reasonZh;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Report;
import org.ogichecker.testing.BadInputs;

/** Every limit of the reader, exceeded, makes the input unreadable with a message giving the numbers, in both languages. */
class ReadLimitsTest {

    private static final String REPORT = "2024年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息12条。\n";


    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("../examples/samples/" + name));
    }

    /**
     * The heap is shared: an input may run out of memory because others fill it. The reason says so (not that the
     * reader failed), and {@link ReportReader#ranOutOfMemory} tells a batch that reading it again alone may succeed.
     */
    @Test
    void anInputThatRunsOutOfMemoryIsUnreadableSayingSoAndCanBeToldApart() {
        InputStream filling = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        Report r = ReportReader.create().read(filling, "big.html");

        assertThat(reason(r)).isEqualTo("there was not enough memory to read the input (java.lang.OutOfMemoryError:"
                + " Java heap space); run Java with more memory (-Xmx) or lower the size limit");
        assertThat(reasonZh(r)).isEqualTo(
                "内存不足，无法读取输入（java.lang.OutOfMemoryError: Java heap space）；请为 Java 分配更多内存（-Xmx）或降低大小上限");
        assertThat(ReportReader.ranOutOfMemory(r)).isTrue();
        assertThat(ReportReader.ranOutOfMemory(ReportReader.create().read(new byte[0], "empty.txt"))).isFalse();
        assertThat(ReportReader.ranOutOfMemory(ReportReader.create().read(REPORT.getBytes(StandardCharsets.UTF_8),
                "r.txt"))).isFalse();
    }

    @Test
    void anInputAboveTheSizeLimitIsRefusedWithBothSizes() {
        byte[] bytes = REPORT.getBytes(StandardCharsets.UTF_8);
        Report r = ReportReader.withMaxBytes(10).read(bytes, "r.txt");

        assertThat(reason(r))
                .isEqualTo("the input exceeds the size limit (" + bytes.length + " bytes > limit of 10 bytes)");
        assertThat(reasonZh(r)).isEqualTo("输入超过大小上限（" + bytes.length + " 字节 > 上限 10 字节）");
    }

    @Test
    void textLongerThanTheCharacterLimitIsRefusedWhateverTheFormat() throws Exception {
        ReportReader reader = ReportReader.create().withMaxChars(20);

        assertThat(reason(reader.read(REPORT.getBytes(StandardCharsets.UTF_8), "r.txt")))
                .contains("exceeds the length limit").contains("> limit of 20 characters");
        assertThat(reason(reader.read(sample("pingtan-2025.html"), "p.html"))).contains("exceeds the length limit");
        assertThat(reason(reader.read(sample("hongze-2024.pdf"), "h.pdf"))).contains("exceeds the length limit");
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream docx = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("2024年政府信息公开工作年度报告，一、总体情况"); // 24 characters
            d.write(docx);
            assertThat(reason(reader.read(docx.toByteArray(), "r.docx")))
                    .isEqualTo("the text exceeds the length limit (24 characters > limit of 20 characters)");
        }
    }

    @Test
    void textOfMoreLinesThanTheLineLimitIsRefusedWhateverTheFormat() throws Exception {
        ReportReader reader = ReportReader.create().withMaxLines(2);

        Report r = reader.read(REPORT.getBytes(StandardCharsets.UTF_8), "r.txt");
        assertThat(reason(r)).isEqualTo("the text exceeds the line limit (4 lines > limit of 2 lines)");
        assertThat(reasonZh(r)).isEqualTo("文字超过行数上限（4 行 > 上限 2 行）");
        assertThat(reason(reader.read(REPORT.replace('\n', '\r').getBytes(StandardCharsets.UTF_8), "mac.txt")))
                .isEqualTo("the text exceeds the line limit (4 lines > limit of 2 lines)");
        assertThat(reason(reader.read(sample("pingtan-2025.html"), "p.html"))).contains("exceeds the line limit");
        assertThat(reason(reader.read(sample("hongze-2024.pdf"), "h.pdf"))).contains("exceeds the line limit");
        assertThat(ReportReader.create().withMaxLines(4).read(REPORT.getBytes(StandardCharsets.UTF_8), "r.txt")
                .isUnreadable()).isFalse();
    }

    @Test
    void aTextFileTooBigToFitTheCharacterLimitIsRefusedBeforeDecoding() {
        byte[] bytes = new byte[1000];
        Report r = ReportReader.create().withMaxChars(100).read(bytes, "zeros.txt");

        assertThat(reason(r))
                .isEqualTo("the text exceeds the length limit (1000 bytes, at least 250 characters > limit of 100"
                        + " characters)");
        assertThat(reasonZh(r)).isEqualTo("文字超过长度上限（1000 字节，至少 250 个字符 > 上限 100 个字符）");
    }

    @Test
    void anHtmlPageWithMoreTagsThanTheLimitIsRefusedBeforeParsing() {
        byte[] html = ("<html><body>" + "<p>年度报告</p>".repeat(50) + "</body></html>").getBytes(StandardCharsets.UTF_8);

        Report r = ReportReader.create().withMaxElements(40).read(html, "p.html");

        assertThat(reason(r)).isEqualTo("the HTML page exceeds the element limit (52 tags > limit of 40)");
        assertThat(reasonZh(r)).isEqualTo("HTML 网页超过元素上限（52 个标签 > 上限 40）");
    }

    @Test
    void aWordDocumentUnpackingBeyondTheLimitIsRefusedAsAZipBomb() {
        byte[] bomb = BadInputs.zipBomb(64);

        assertThat(reason(ReportReader.create().withMaxUnpackedBytes(16L << 20).read(bomb, "bomb.docx")))
                .isEqualTo("the Word document unpacks to more than the limit of 16777216 bytes (" + bomb.length
                        + " bytes packed; a zip bomb?)");
    }

    @Test
    void aPdfThatTakesLongerThanTheTimeLimitIsRefusedSayingHowFarItGot() throws Exception {
        Report r = ReportReader.create().withTimeLimit(Duration.ZERO).read(sample("huaian-2024.pdf"), "h.pdf");

        assertThat(reason(r)).isEqualTo("reading took longer than the time limit of 0.0 s (0 of 6 pages read)");
        assertThat(reasonZh(r)).isEqualTo("读取用时超过时间上限 0.0 秒（已读取 6 页中的 0 页）");
    }

    @Test
    void aPdfPageThatDrawsBeyondTheTimeLimitIsStoppedWithinThePage() throws Exception {
        byte[] drawing = BadInputs.pdfPage("0 0 m 500 0 l S\n".repeat(2_500_000).getBytes(StandardCharsets.US_ASCII));
        ReportReader reader = ReportReader.create().withTimeLimit(Duration.ofMillis(500));
        reader.read(BadInputs.pdfPage("BT /F1 12 Tf (x) Tj ET".getBytes(StandardCharsets.US_ASCII)), "warm.pdf");

        Report r = reader.read(drawing, "drawing.pdf"); // reading it whole takes seconds

        assertThat(reason(r)).isEqualTo("reading took longer than the time limit of 0.5 s (0 of 1 pages read)");
    }
}
