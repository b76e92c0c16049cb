package org.ogichecker.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.Section;
import org.ogichecker.model.TableInfo;
import org.ogichecker.read.internal.DocReader;
import org.ogichecker.read.internal.Extracted;
import org.ogichecker.read.internal.HtmlReader;
import org.ogichecker.read.internal.Limits;
import org.ogichecker.read.internal.RawLine;
import org.ogichecker.testing.TestLimits;

/**
 * Sample reports as text tools write them, and as a word processor saves them, read into what the samples themselves
 * read into (the files and how they were made: {@code src/test/resources/converted/README.md}).
 *
 * <p>The text {@code pdftotext -layout} makes of each sample PDF (tables as columns aligned with spaces, labels wrapped
 * over lines, headers set in narrow columns, page numbers inside tables; paragraphs wrapped at the page's width and
 * justified with spaces) reads into the cells, parts, period, contact and claims the PDF itself reads into. One row
 * is left out: in huaian-2024 the label "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
 * wraps over three lines interleaved with the vertically set "（六）其他处理" of the next column, which only the PDF's
 * geometry tells apart.
 */
class ConvertedTextTest {

    private static final Path SAMPLES = Path.of("../examples/samples");
    private static final Path TEXTS = Path.of("src/test/resources/converted");

    @ParameterizedTest
    @CsvSource({"hongze-2023, ''", "hongze-2024, ''", "huaian-2024, T3/3.6.2"})
    void theLayoutTextOfASamplePdfReadsIntoTheCellsAndPartsOfThePdf(String sample, String unread) {
        ReportReader reader = ReportReader.create();
        Report pdf = reader.read(SAMPLES.resolve(sample + ".pdf"));
        Report text = reader.read(TEXTS.resolve(sample + ".pdftotext.txt"));

        List<String> fromPdf = cells(pdf);
        fromPdf.removeIf(c -> !unread.isEmpty() && c.startsWith(unread + "/"));
        assertThat(cells(text)).isEqualTo(fromPdf).hasSizeGreaterThan(180);
        assertThat(parts(text)).isEqualTo(parts(pdf)).hasSizeGreaterThan(6);
        // paragraphs wrapped at the page's width and justified with spaces are joined back and unjustified
        assertThat(List.of(text.period().from(), text.period().to()))
                .isEqualTo(List.of(pdf.period().from(), pdf.period().to()));
        assertThat(contact(text)).isEqualTo(contact(pdf));
        assertThat(text.statements()).hasSameSizeAs(pdf.statements());
    }

    /**
     * The text {@code pdftotext -raw} makes of each sample PDF, as copying from a PDF viewer makes it too: a table row
     * is its label and its values set one space apart ("规章 1 0 11"), a label that wraps is on the lines before its
     * values, table 四's header is set two characters a line and its fifteen values are one line. It reads into the
     * cells and parts of the PDF (PdfFindingsTest compares the findings), and where its paragraphs are wrapped at the
     * page's width, into the PDF's period and contact. The lines of hongze-2023 break wherever the PDF's text runs do,
     * which is no wrapped text: the end of its period and its contact's postcode and phone, justified with spaces
     * ("邮 编 ：") on the next line, are not read.
     */
    @ParameterizedTest
    @CsvSource({"hongze-2023, false", "hongze-2024, true", "huaian-2024, true"})
    void theRawTextOfASamplePdfReadsIntoTheCellsAndPartsOfThePdf(String sample, boolean wrapped) {
        ReportReader reader = ReportReader.create();
        Report pdf = reader.read(SAMPLES.resolve(sample + ".pdf"));
        Report text = reader.read(TEXTS.resolve(sample + ".pdftotext-raw.txt"));

        assertThat(cells(text)).isEqualTo(cells(pdf)).hasSizeGreaterThan(180);
        assertThat(parts(text)).isEqualTo(parts(pdf)).hasSizeGreaterThan(6);
        assertThat(text.period().from()).isEqualTo(pdf.period().from());
        if (wrapped) {
            assertThat(text.period().to()).isEqualTo(pdf.period().to());
            assertThat(contact(text)).isEqualTo(contact(pdf));
        }
    }

    /**
     * The sample HTML page as {@code w3m -dump} (tables drawn with box-drawing characters, a label that spans rows set
     * beside them), {@code pandoc -t plain} (grid tables) and {@code lynx -dump} (a cell a line, labels before their
     * values, table 四's header a label a line) write it reads into the page's cells, parts, period and claims.
     */
    @ParameterizedTest
    @CsvSource({"pingtan-2025.w3m.txt", "pingtan-2025.pandoc.txt", "pingtan-2025.lynx.txt"})
    void theTextOfTheSampleHtmlPageAsW3mPandocAndLynxWriteItReadsIntoTheCellsAndPartsOfThePage(String dump) {
        ReportReader reader = ReportReader.create();
        Report html = reader.read(SAMPLES.resolve("pingtan-2025.html"));
        Report text = reader.read(TEXTS.resolve(dump));

        // below the site's menu too: the title, and the date of the page's header bar
        readsLikeThePage(text, html);
    }

    /** {@code r} has the cells, tables, parts, period, claims, title and date of the sample page {@code html}. */
    private static void readsLikeThePage(Report r, Report html) {
        assertThat(r.isUnreadable()).as("%s", r.problems()).isFalse();
        assertThat(cells(r)).isEqualTo(cells(html)).hasSizeGreaterThan(180);
        assertThat(r.tables()).isEqualTo(html.tables().stream().map(t -> withLines(t, r)).toList());
        assertThat(parts(r)).isEqualTo(parts(html)).hasSizeGreaterThan(6);
        assertThat(List.of(r.period().from(), r.period().to()))
                .isEqualTo(List.of(html.period().from(), html.period().to()));
        assertThat(claims(r)).isEqualTo(claims(html)).hasSizeGreaterThan(3);
        ReportMetadata m = r.metadata();
        assertThat(List.of(m.title(), m.agency(), m.bodyType(), m.published())).isEqualTo(List.of(
                html.metadata().title(), html.metadata().agency(), html.metadata().bodyType(), html.metadata().published()));
    }

    /**
     * The sample HTML page saved by LibreOffice as a Word 97–2003 document (.doc, as many sites still publish their
     * reports): its tables' cells spanning rows and columns are merged cells there, and read into the page's cells.
     */
    @Test
    void theSampleHtmlPageSavedAsAWord97DocumentReadsIntoTheCellsAndPartsOfThePage() throws Exception {
        ReportReader reader = ReportReader.create();
        Report html = reader.read(SAMPLES.resolve("pingtan-2025.html"));
        Report doc = reader.read(TEXTS.resolve("pingtan-2025.lo.doc"));

        readsLikeThePage(doc, html);
        // row by row, merged cells expanded as the page's spans are, and cells' lines joined as the page's <br>
        Limits limits = TestLimits.generous();
        assertThat(rows(DocReader.read(Files.readAllBytes(TEXTS.resolve("pingtan-2025.lo.doc")), limits, limits.deadline())))
                .isEqualTo(rows(HtmlReader.read(Files.readAllBytes(SAMPLES.resolve("pingtan-2025.html")))))
                .hasSizeGreaterThan(40);
    }

    /**
     * The sample HTML page printed to PDF by LibreOffice, and its Word 97–2003 copy too, read like the page. The rows
     * of the tables break across pages where a cell's text wraps ("行政规范性文" and "件", "3" and "6" of "36" in a
     * narrow column, "（二）部分公开…不计其他情" and "形）" with the merged "三、本年度办" and "理结果" beside it, and
     * table 三's label "2.申请人逾期未按收费通知要求缴纳费用、…" in the Word copy); the next page's columns may be cut
     * differently; a table's first row may stand alone at a page's foot and its last at a page's head; and a number
     * may wrap within its cell; table 三's header may be printed again at the head of each page (the {@code header}
     * copies), before the rest of a broken row. The pages begin with the site's menus, whose many short lines are not
     * the running text's margins. The {@code shift} and {@code header} copies have blank paragraphs before the page to
     * move the page breaks.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pingtan-2025.lo.pdf", "pingtan-2025.lo-doc.pdf", "pingtan-2025.lo-shift02.pdf",
            "pingtan-2025.lo-shift04.pdf", "pingtan-2025.lo-shift09.pdf", "pingtan-2025.lo-header06.pdf",
            "pingtan-2025.lo-header08.pdf"})
    void theSampleHtmlPagePrintedToPdfReadsLikeThePageThoughItsTablesRowsBreakAcrossPages(String pdf) {
        ReportReader reader = ReportReader.create();
        Report html = reader.read(SAMPLES.resolve("pingtan-2025.html"));
        Report printed = reader.read(TEXTS.resolve(pdf));

        readsLikeThePage(printed, html);
        // the rows' labels too, whole where a page broke them
        assertThat(labels(printed)).isEqualTo(labels(html));
    }

    private static List<String> labels(Report r) {
        return r.cells().stream().map(c -> c.table() + "/" + c.rowKey() + ": " + c.rowLabel()).distinct().toList();
    }

    /**
     * The sample page saved as a single-file web page (MHT, as browsers and Word write it: the page in quoted-printable
     * after a preamble, an image in base64) reads like the page; an archive without a page says so.
     */
    @Test
    void theSampleHtmlPageSavedAsAWebArchiveReadsLikeThePage() throws Exception {
        ReportReader reader = ReportReader.create();
        byte[] page = Files.readAllBytes(SAMPLES.resolve("pingtan-2025.html"));

        readsLikeThePage(reader.read(webArchive(page, "text/html; charset=\"utf-8\""), "report.mht"),
                reader.read(SAMPLES.resolve("pingtan-2025.html")));
        Report noPage = reader.read(webArchive(new byte[] {1, 2, 3}, "image/png"), "report.doc");
        assertThat(noPage.problems()).extracting(org.ogichecker.model.ReadProblem::message)
                .containsExactly("the web archive (MHT) holds no HTML page");
    }

    /** A web archive of one part of {@code type} holding {@code content} (quoted-printable), and a small image. */
    private static byte[] webArchive(byte[] content, String type) throws java.io.IOException {
        java.io.ByteArrayOutputStream qp = new java.io.ByteArrayOutputStream();
        try (var out = new org.apache.james.mime4j.codec.QuotedPrintableOutputStream(qp, false)) {
            out.write(content);
        }
        String boundary = "----=_NextPart_01DA5B2C.7E3F1A20";
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + boundary + "\"\r\n\r\n"
                + "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
                + "--" + boundary + "\r\nContent-Location: file:///C:/report.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: " + type + "\r\n\r\n"
                + qp.toString(java.nio.charset.StandardCharsets.US_ASCII) + "\r\n\r\n"
                + "--" + boundary + "\r\nContent-Location: file:///C:/report.files/image001.png\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(new byte[300]) + "\r\n\r\n--" + boundary + "--\r\n";
        return archive.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static List<List<String>> rows(Extracted x) {
        return x.lines().stream().filter(RawLine::isRow).map(RawLine::cells).toList();
    }

    private static List<String> claims(Report r) {
        return r.statements().stream().map(s -> s.kind() + " " + s.value() + " " + s.evidence()).toList();
    }

    /** {@code t} with the lines of the table of the same name in {@code r}: formats number their lines apart. */
    private static TableInfo withLines(TableInfo t, Report r) {
        TableInfo same = r.tables().stream().filter(o -> o.table().equals(t.table())).findFirst().orElseThrow();
        return new TableInfo(t.table(), t.layout(), same.line(), same.endLine(), t.missingRows(), t.missingColumns(),
                t.extraRows(), t.labelVariants());
    }

    /** The contact's address, postcode, phones and e-mails. */
    private static List<Object> contact(Report r) {
        return Arrays.asList(r.contact().address(), r.contact().postcode(), r.contact().phones(), r.contact().emails());
    }

    private static List<String> parts(Report r) {
        List<String> out = new ArrayList<>();
        for (Section s : r.sections()) {
            out.add(s.number() + " " + s.heading());
        }
        return out;
    }

    private static List<String> cells(Report r) {
        List<String> out = new ArrayList<>();
        for (Cell c : r.cells()) {
            out.add(c.table() + "/" + c.rowKey() + "/" + c.columnKey() + " = " + c.state() + " " + c.value());
        }
        return out;
    }
}
