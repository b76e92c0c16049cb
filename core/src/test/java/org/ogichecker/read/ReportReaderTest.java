package org.ogichecker.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.read.Unreadables.reason;
import static org.ogichecker.read.Unreadables.reasonZh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Report;

class ReportReaderTest {

    private final ReportReader reader = ReportReader.create();

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("../examples/samples/" + name));
    }


    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf", "pingtan-2025.html", "001_c5511601f1a9faaf.txt"})
    void aSampleIsDetectedAndReadWhateverItIsNamed(String name) throws Exception {
        Report r = reader.read(sample(name), "report.bin");

        assertThat(r.isUnreadable()).isFalse();
        assertThat(r.lines()).isNotEmpty();
        assertThat(r.lines().get(0).text()).contains("年度");
    }

    @Test
    void aPathAndAStreamAreReadLikeBytes() throws Exception {
        Path p = Path.of("../examples/samples/hongze-2024.pdf");

        Report fromPath = reader.read(p);
        Report fromStream = reader.read(new ByteArrayInputStream(Files.readAllBytes(p)), "hongze-2024.pdf");

        assertThat(fromPath.isUnreadable()).isFalse();
        assertThat(fromStream.lines()).isEqualTo(fromPath.lines());
    }

    @Test
    void emptyAndWhitespaceOnlyInputsAreUnreadable() {
        assertThat(reason(reader.read(new byte[0], "empty.txt"))).contains("empty");
        assertThat(reasonZh(reader.read(new byte[0], "empty.txt"))).isEqualTo("输入为空");
        assertThat(reason(reader.read(" \n\t\u3000\n".getBytes(StandardCharsets.UTF_8), "blank.txt")))
                .contains("whitespace");
    }

    @Test
    void randomBytesAreUnreadableAsBinaryData() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);

        assertThat(reason(reader.read(junk, "junk.txt"))).contains("binary");
    }

    @Test
    void pngBytesNamedPdfAreUnreadableAsAnImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(reason(reader.read(png, "report.pdf"))).contains("PNG image").contains(".pdf");
    }

    @Test
    void aTruncatedPdfIsUnreadable() throws Exception {
        byte[] pdf = sample("huaian-2024.pdf");

        assertThat(reason(reader.read(Arrays.copyOf(pdf, pdf.length / 2), "huaian.pdf"))).contains("truncated");
    }

    @Test
    void aPasswordProtectedPdfIsUnreadable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }

        assertThat(reason(reader.read(out.toByteArray(), "locked.pdf"))).contains("encrypted");
        assertThat(reasonZh(reader.read(out.toByteArray(), "locked.pdf"))).isEqualTo("PDF 文件已用密码加密，无法打开");
    }

    @Test
    void aPdfWithoutATextLayerIsUnreadableAsScanned() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(out);
        }

        assertThat(reason(reader.read(out.toByteArray(), "scan.pdf"))).contains("no text layer");
    }

    @Test
    void pagesBeyondTheLimitAreNotReadAndSaidSo() throws Exception {
        Report r = reader.withMaxPages(2).read(sample("huaian-2024.pdf"), "huaian.pdf");

        assertThat(r.isUnreadable()).isFalse();
        assertThat(r.problems()).extracting(ReadProblem::message).contains("only the first 2 of 6 pages were read");
        assertThat(r.problems()).extracting(ReadProblem::messageZh).contains("只读取了共 6 页中的前 2 页");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsUnreadable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(reason(reader.read(out.toByteArray(), "report.xlsx"))).contains("not a Word");
    }
}
