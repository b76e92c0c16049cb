package org.ogichecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.read.ReportReader;
import org.ogichecker.testing.PdfVariant;

/** A seed laid out as a PDF is checked with the same findings as its text (line numbers apart). */
class PdfFindingsTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.create();

    private static List<String> findings(byte[] bytes) {
        return CHECKER.check(ReportReader.create().read(bytes, "seed"), CheckOptions.DEFAULTS).findings().stream()
                .map(PdfFindingsTest::withoutLine).sorted().toList();
    }

    private static String withoutLine(Finding f) {
        return String.join(" | ", f.rule(), f.message(), String.valueOf(f.location().section()),
                String.valueOf(f.location().table()), String.valueOf(f.location().row()),
                String.valueOf(f.location().column()), String.valueOf(f.evidence()), String.valueOf(f.expected()),
                String.valueOf(f.actual()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"003_787e7c90b6bc98b9.txt", "000_734aa9b994c11ae9.txt"})
    void aSeedAsAPdfWithRuledTablesHasTheFindingsOfItsText(String seed) throws IOException {
        byte[] text = Files.readAllBytes(Path.of("../examples/samples", seed));
        List<String> lines = new String(text, StandardCharsets.UTF_8).lines().toList();

        List<String> fromText = findings(text);

        assertThat(findings(PdfVariant.of(lines, -1, true))).isEqualTo(fromText);
        assertThat(fromText).isNotEmpty();
    }

    /**
     * A sample PDF as {@code pdftotext -raw} writes it (table rows as labels and values set one space apart; core's
     * ConvertedTextTest compares the cells) has the PDF's findings, at the same places. hongze-2023 has one more, a
     * note that the contact gives no address: there the address wraps in a text whose lines break wherever the PDF's
     * text runs do, which is no wrapped text to join.
     */
    @ParameterizedTest
    @CsvSource({"hongze-2023, CONTACT-STATED-ADDRESS", "hongze-2024, ''", "huaian-2024, ''"})
    void aSamplePdfAsRawTextHasThePdfsFindings(String sample, String more) throws IOException {
        List<String> fromPdf = places(Files.readAllBytes(Path.of("../examples/samples", sample + ".pdf")));
        List<String> fromText = places(Files.readAllBytes(
                Path.of("../core/src/test/resources/converted", sample + ".pdftotext-raw.txt")));

        List<String> expected = new ArrayList<>(fromPdf);
        if (!more.isEmpty()) {
            expected.add(more + " | null | null | null | null");
        }
        assertThat(fromText).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(fromPdf).isNotEmpty();
    }

    /**
     * A sample PDF as {@code pdftotext} writes it without {@code -layout} or {@code -raw}: each cell a line, and labels
     * spanning rows away from their values, so that which values a label has cannot be told. Its tables 二, 三 and 四
     * are each reported as in the text but not read, none as missing, and no ERROR is reported (those of the PDF are
     * in its tables).
     */
    @ParameterizedTest
    @ValueSource(strings = {"hongze-2023", "hongze-2024", "huaian-2024"})
    void aSamplePdfAsPlainTextWithACellALineHasItsTablesReportedUnreadNotMissing(String sample) throws IOException {
        byte[] text = Files.readAllBytes(Path.of("../core/src/test/resources/converted", sample + ".pdftotext-plain.txt"));

        List<String> rules = CHECKER.check(ReportReader.create().read(text, "sample"), CheckOptions.DEFAULTS)
                .findings().stream().map(f -> f.rule() + " " + f.severity()).toList();

        assertThat(rules).contains("T2-STRUCT-UNREAD WARNING", "T3-STRUCT-UNREAD WARNING", "T4-STRUCT-UNREAD WARNING")
                .noneMatch(r -> r.endsWith("ERROR"));
    }

    /** Each finding's rule and place (section, table, row, column). */
    /**
     * The sample HTML page printed to PDF by LibreOffice (core's ConvertedTextTest compares the model): the rows of its
     * tables break across pages where a cell's text wraps, "36" of table 四 into "3" at a page's foot and "6" at the
     * next page's head. It has the page's findings, in words too: no false ERROR of a broken sum or a missing row, and
     * its body type is read, so the rules for a people's government apply.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pingtan-2025.lo.pdf", "pingtan-2025.lo-doc.pdf", "pingtan-2025.lo-shift02.pdf",
            "pingtan-2025.lo-shift04.pdf", "pingtan-2025.lo-shift09.pdf", "pingtan-2025.lo-header06.pdf",
            "pingtan-2025.lo-header08.pdf"})
    void theSampleHtmlPagePrintedToPdfHasThePagesFindings(String pdf) throws IOException {
        List<String> fromPage = findings(Files.readAllBytes(Path.of("../examples/samples/pingtan-2025.html")));

        assertThat(findings(Files.readAllBytes(Path.of("../core/src/test/resources/converted", pdf))))
                .isEqualTo(fromPage);
        assertThat(fromPage).anyMatch(f -> f.startsWith("R2019-50-4b-ACCOUNTABILITY"));
    }

    /**
     * Seed 000 (a 2007-regime report whose statistics table has a column of units) with its table as an HTML table,
     * printed to PDF by LibreOffice: the PDF's rows cut the columns differently, leaving empty cells between a label
     * and its unit. It has the text's findings.
     */
    @Test
    void aSeedPrintedToPdfByLibreOfficeHasTheFindingsOfItsText() throws IOException {
        List<String> fromText = findings(Files.readAllBytes(Path.of("../examples/samples/000_734aa9b994c11ae9.txt")));

        assertThat(findings(Files.readAllBytes(Path.of("../core/src/test/resources/converted/seed-000.lo.pdf"))))
                .isEqualTo(fromText);
        assertThat(fromText).anyMatch(f -> f.startsWith("TEXT-TABLE-OLD-FIGURE"));
    }

    private static List<String> places(byte[] bytes) {
        return CHECKER.check(ReportReader.create().read(bytes, "sample"), CheckOptions.DEFAULTS).findings().stream()
                .map(f -> String.join(" | ", f.rule(), String.valueOf(f.location().section()),
                        String.valueOf(f.location().table()), String.valueOf(f.location().row()),
                        String.valueOf(f.location().column())))
                .sorted().toList();
    }
}
