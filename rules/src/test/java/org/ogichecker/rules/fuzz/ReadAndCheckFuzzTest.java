package org.ogichecker.rules.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;
import org.ogichecker.read.internal.ReadFailures;
import org.ogichecker.rules.StandardRulePack;

/**
 * Fuzz targets: each reader (the format forced) and the full check. The property: a report or a
 * result always, and never the reader's last-resort catch ("the reader failed: …"), which only an
 * internal bug reaches. Seeds in {@code ReadAndCheckFuzzTestInputs/<method>/}; a normal test run
 * replays them, JAZZER_FUZZ=1 fuzzes one target (README "Fuzzing").
 */
class ReadAndCheckFuzzTest {

    private static final ReportReader READER = ReportReader.create().withTimeLimit(Duration.ofSeconds(10));
    private static final byte[] PDF_HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML_HEADER = "<html><body>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MHT_HEADER = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_HEADER = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
        (byte) 0xe1};

    @FuzzTest(maxDuration = "20s")
    void textIsReadWithoutAnInternalFailure(byte[] data) {
        readWithoutInternalFailure(READER.read(data, "fuzz.txt"));
    }

    @FuzzTest(maxDuration = "20s")
    void htmlIsReadWithoutAnInternalFailure(byte[] data) {
        readWithoutInternalFailure(READER.read(concat(HTML_HEADER, data), "fuzz.html"));
    }

    @FuzzTest(maxDuration = "20s")
    void pdfIsReadWithoutAnInternalFailure(byte[] data) {
        readWithoutInternalFailure(READER.read(startsWith(data, PDF_HEADER) ? data : concat(PDF_HEADER, data),
                "fuzz.pdf"));
    }

    /** The fuzzed bytes are the document part of a well-formed .docx (a mutated zip rarely unpacks). */
    @FuzzTest(maxDuration = "20s")
    void docxIsReadWithoutAnInternalFailure(byte[] documentXml) {
        readWithoutInternalFailure(READER.read(docx(documentXml), "fuzz.docx"));
    }

    /** Word 97–2003: the fuzzed bytes behind the compound file's signature, which the format is detected from. */
    @FuzzTest(maxDuration = "20s")
    void docIsReadWithoutAnInternalFailure(byte[] data) {
        readWithoutInternalFailure(READER.read(startsWith(data, OLE2_HEADER) ? data : concat(OLE2_HEADER, data),
                "fuzz.doc"));
    }

    /** A web archive: the fuzzed bytes are the MIME body after the header that makes it one. */
    @FuzzTest(maxDuration = "20s")
    void mhtIsReadWithoutAnInternalFailure(byte[] body) {
        readWithoutInternalFailure(READER.read(concat(MHT_HEADER, body), "fuzz.mht"));
    }

    @FuzzTest(maxDuration = "20s")
    void anyInputIsCheckedToAResult(byte[] data) {
        CheckResult r = Checker.INSTANCE.check(READER.read(data, "fuzz"));
        readWithoutInternalFailure(r.report());
        if (r.findings() == null || r.status() == CheckResult.Status.UNREADABLE && !r.has("INPUT-UNREADABLE")) {
            throw new AssertionError("an unreadable input without its finding: " + r.findings());
        }
    }

    /** Built on first use only, so that fuzzing a reader does not pay for compiling the rules. */
    private static final class Checker {
        static final ComplianceChecker INSTANCE = ComplianceChecker.withPacks(List.of(new StandardRulePack()));
    }

    private static void readWithoutInternalFailure(Report r) {
        if (r == null) {
            throw new AssertionError("no report");
        }
        for (ReadProblem p : r.problems()) {
            if (p.message().startsWith(ReadFailures.INTERNAL)) {
                throw new AssertionError(p.message());
            }
        }
    }

    static byte[] docx(byte[] documentXml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
