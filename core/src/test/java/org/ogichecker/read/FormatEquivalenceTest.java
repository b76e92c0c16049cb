package org.ogichecker.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.model.Report;
import org.ogichecker.testing.PdfVariant;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The same report as plain text, an HTML page and a Word document reads into the same model (apart
 * from line numbers, which depend on the format). The HTML and DOCX variants are built here from one
 * seed: a line with tabs is a table row, any other non-blank line a paragraph. One label cell spans
 * two rows (rowspan / vMerge) where the text leaves the label cell of the second row empty, so the
 * span expansion is exercised. The PDF variant ({@link PdfVariant}) draws the tables with ruling lines,
 * as published reports do, so the ruled-table reader, cells wrapped over lines and justified paragraphs are
 * exercised; a variant without rules exercises the reader's fallback for such tables.
 */
class FormatEquivalenceTest {

    private static final Path SAMPLES = Path.of("../examples/samples");
    private static final String SEED = "003_787e7c90b6bc98b9.txt";
    /** The label that spans its own row and the next one, whose label cell is empty in the text. */
    private static final String SPANNED = "三、本年度办理结果";
    /** Formats differ in how they number lines; everything else must be equal. */
    private static final List<String> LINE_FIELDS = List.of("line", "endLine", "publishedLine");

    private static List<String> lines;
    private static JsonNode fromText;

    @BeforeAll
    static void readTheTextVariant() throws IOException {
        byte[] text = Files.readAllBytes(SAMPLES.resolve(SEED));
        // the seed's Markdown bold (**一是**) is formatting: the other formats get the text without it, as the text
        // reader reads it
        lines = new String(text, StandardCharsets.UTF_8).lines().map(l -> l.replace("**", "")).toList();
        fromText = model(text);
        assertThat(fromText.at("/tables")).as("the seed has tables").hasSizeGreaterThanOrEqualTo(3);
        assertThat(fromText.at("/cells")).as("the seed has cells").hasSizeGreaterThan(100);
        assertThat(lines).as("the spanned label is in the seed").anyMatch(l -> l.startsWith(SPANNED + "\t"));
    }

    @Test
    void theHtmlVariantReadsIntoTheSameModelAsTheText() {
        assertThat(model(html().getBytes(StandardCharsets.UTF_8)).toPrettyString())
                .isEqualTo(fromText.toPrettyString());
    }

    @Test
    void theDocxVariantReadsIntoTheSameModelAsTheText() throws IOException {
        assertThat(model(docx()).toPrettyString()).isEqualTo(fromText.toPrettyString());
    }

    @Test
    void thePdfVariantWithRuledTablesReadsIntoTheSameModelAsTheText() {
        assertThat(model(PdfVariant.of(lines, spannedRow(), true)).toPrettyString()).isEqualTo(fromText.toPrettyString());
    }

    /**
     * Pages stored turned (a landscape table is often so) and shown upright by their /Rotate, or shown sideways (0):
     * the text and the rules turn together, so the tables read as on upright pages.
     */
    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270, 0})
    void aPdfWhosePagesAreStoredTurnedReadsIntoTheSameModelAsTheText(int rotate) {
        byte[] turned = PdfVariant.turned(PdfVariant.of(lines, spannedRow(), true), rotate);
        assertThat(model(turned).toPrettyString()).isEqualTo(fromText.toPrettyString());
    }

    /**
     * Table 二 published as a picture: the PDF with an image in its place reads like the text with the line that stands
     * for an image there: part 二 is that line and no table 二 (the check then says the table is an image, not that it
     * is missing). So does the PDF with its pages stored turned.
     */
    @Test
    void aPdfWithTableTwoAsAPictureReadsLikeTheTextWithTheImageLine() {
        List<String> pictured = new ArrayList<>();
        boolean inTableTwo = false;
        String lastParagraph = "";
        for (String l : lines) {
            boolean row = isRow(l);
            if (row && lastParagraph.startsWith("二、")) {
                inTableTwo = true;
                pictured.add(org.ogichecker.model.Section.IMAGE);
                lastParagraph = "";
            }
            inTableTwo &= row || l.isBlank();
            if (!inTableTwo) {
                pictured.add(l);
            }
            lastParagraph = row || l.isBlank() ? lastParagraph : l;
        }
        assertThat(pictured).contains(org.ogichecker.model.Section.IMAGE).hasSizeLessThan(lines.size() - 10);

        JsonNode fromText = model(String.join("\n", pictured).getBytes(StandardCharsets.UTF_8));
        int covered = 1 + pictured.indexOf(lines.get(spannedRow() - 1));
        byte[] pdf = PdfVariant.of(pictured, covered, true);
        JsonNode fromPdf = model(pdf);
        // the picture moves table 四 to a page break, which this layout does not read: tables 二 and 三 are compared
        assertThat(part(fromPdf, "主动公开政府信息情况")).isEqualTo(part(fromText, "主动公开政府信息情况"))
                .isEqualTo(org.ogichecker.model.Section.IMAGE);
        assertThat(cells(fromPdf, "T2", "T3")).isEqualTo(cells(fromText, "T2", "T3")).hasSizeGreaterThan(100);
        assertThat(fromPdf.at("/tables").toString()).doesNotContain("\"T2\"");
        // on a page stored turned the picture is found where it shows
        assertThat(model(PdfVariant.turned(pdf, 90))).isEqualTo(fromPdf);
    }

    private static String part(JsonNode model, String heading) {
        for (JsonNode s : model.at("/sections")) {
            if (s.get("heading").asText().equals(heading)) {
                return s.get("text").asText();
            }
        }
        throw new AssertionError("no part " + heading);
    }

    /**
     * Without rules a row is found from the line holding its numbers and its wrapped label from the
     * layouts' row labels. Table 四 is left out: its headers wrap inside narrow columns, which only rules
     * can separate, and the seed's table 四 has a short data row that only its headers place.
     */
    @Test
    void thePdfVariantWithoutRulesReadsTheCellsOfTablesTwoAndThreeLikeTheText() {
        JsonNode fromPdf = model(PdfVariant.of(lines, spannedRow(), false));

        assertThat(cells(fromPdf, "T2", "T3")).isEqualTo(cells(fromText, "T2", "T3"));
        assertThat(cells(fromText, "T2", "T3")).hasSizeGreaterThan(100);
    }

    /**
     * Columns aligned with runs of spaces instead of tabs (as {@code pdftotext -layout} writes them) give the same
     * tables and sections. Table 四 of seed 003 is left out: its first five cells are empty, which spaces cannot
     * show, so its values cannot be placed (seed 002 prints each cell on a line of its own, which spaces cannot
     * show either).
     */
    @ParameterizedTest
    @CsvSource({"000_734aa9b994c11ae9.txt, OLD", "003_787e7c90b6bc98b9.txt, T2 T3"})
    void aTextWhoseColumnsAreAlignedWithSpacesReadsItsTablesAndSectionsLikeTheTabbedText(String seed, String tables)
            throws IOException {
        String text = Files.readString(SAMPLES.resolve(seed));
        JsonNode tabbed = model(text.getBytes(StandardCharsets.UTF_8));
        JsonNode spaced = model(text.replace("\t", "   ").getBytes(StandardCharsets.UTF_8));

        String[] ids = tables.split(" ");
        assertThat(cells(spaced, ids)).isEqualTo(cells(tabbed, ids)).hasSizeGreaterThan(40);
        assertThat(spaced.at("/sections").toPrettyString()).isEqualTo(tabbed.at("/sections").toPrettyString());
    }

    /**
     * The seeds as a converter writes them in Markdown read into the same model as the text: parts as headings
     * ({@code ## 一、总体情况}), subparts in bold ({@code **（一）主动公开情况**}, a clause ending with 。 as such a heading
     * is), tables as pipe tables ({@code | 规章 | 0 |}) with their first row in bold and labels broken by {@code <br>}.
     * Strokes, unlike spaces, show an empty cell, and the rule under a pipe table's first row is a blank line (which
     * ends a record of one cell per line, so the rule goes under a table's first row only).
     */
    @ParameterizedTest
    @ValueSource(strings = {"000_734aa9b994c11ae9.txt", "001_c5511601f1a9faaf.txt", "002_e0580ee3f0323bb9.txt",
            "003_787e7c90b6bc98b9.txt", "004_d8150b4a48efdf7e.txt"})
    void aSeedWrittenAsMarkdownReadsIntoTheSameModelAsTheText(String seed) throws IOException {
        byte[] text = Files.readAllBytes(SAMPLES.resolve(seed));
        StringBuilder md = new StringBuilder();
        boolean inTable = false;
        for (String l : new String(text, StandardCharsets.UTF_8).split("\n", -1)) {
            if (isRow(l)) {
                List<String> cells = new ArrayList<>();
                for (String c : cells(l)) {
                    String broken = c.length() > 8 && c.charAt(4) >= '\u2e80' && c.charAt(5) >= '\u2e80'
                            ? c.substring(0, 5) + "<br>" + c.substring(5) : c;
                    cells.add(inTable || broken.isBlank() ? broken : "**" + broken + "**");
                }
                md.append("| ").append(String.join(" | ", cells)).append(" |\n");
                if (!inTable) {
                    md.append("|").append(":---|".repeat(cells.size())).append("\n");
                }
            } else if (l.strip().matches("[一二三四五六七八九十]{1,3}、.*")) {
                md.append("## ").append(l.strip()).append("\n");
            } else if (l.strip().matches("（[一二三四五六七八九十]{1,3}）.*")) {
                String h = l.strip();
                int clause = h.indexOf('。');
                md.append(clause < 0 ? "**" + h + "**" : "**" + h.substring(0, clause + 1) + "**" + h.substring(clause + 1))
                        .append("\n");
            } else {
                md.append(l).append("\n");
            }
            inTable = isRow(l) || inTable && l.isBlank();
        }
        assertThat(md.toString()).contains("## 一、");
        if (text.length > 0 && new String(text, StandardCharsets.UTF_8).contains("\t")) {
            assertThat(md.toString()).contains("<br>", "|:---|");
        }

        assertThat(model(md.toString().getBytes(StandardCharsets.UTF_8)).toPrettyString())
                .isEqualTo(model(text).toPrettyString());
    }

    /**
     * A text whose tables are HTML, as converters write a table with cells spanning rows: a tag a line (pandoc) or a
     * whole table on one line (the PDF converters that feed language models), reads into the same model as the text.
     * The rows of a table on one line share its number, and the report's source line holds them all.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTextWithItsTablesWrittenAsHtmlReadsIntoTheSameModelAsTheText(boolean oneLine) {
        int covered = spannedRow();
        String end = oneLine ? "" : "\n";
        StringBuilder t = new StringBuilder();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isRow(line) != inTable) {
                t.append(inTable ? "</tbody></table>" + (oneLine ? "</body></html>\n" : "\n")
                        : (oneLine ? "<html><body>" : "") + "<table>" + end + "<tbody>" + end);
                inTable = !inTable;
            }
            if (!inTable) {
                t.append(line).append("\n");
                continue;
            }
            t.append("<tr>").append(end);
            List<String> cells = cells(line);
            for (int c = i == covered ? 1 : 0; c < cells.size(); c++) {
                t.append(i + 1 == covered && c == 0 ? "<td rowspan=\"2\">" : "<td>")
                        .append(Entities.escape(cells.get(c))).append("</td>").append(end);
            }
            t.append("</tr>").append(end);
        }
        byte[] text = t.append(inTable ? "</tbody></table>\n" : "").toString().getBytes(StandardCharsets.UTF_8);

        assertThat(model(text).toPrettyString()).isEqualTo(fromText.toPrettyString());
        List<org.ogichecker.model.SourceLine> source = ReportReader.create().read(text, "t.md").lines();
        assertThat(source).extracting(org.ogichecker.model.SourceLine::number).doesNotHaveDuplicates();
        if (oneLine) {
            assertThat(source).anyMatch(l -> l.text().contains("\n规章\t") && l.text().contains("\n规范性文件\t"));
        }
    }

    /**
     * Tables drawn in a grid, with rules between the rows and labels wrapped within their cells over several lines,
     * as {@code pandoc -t plain} ({@code +---+}) and {@code w3m -dump} ({@code ├───┼}) draw them, read into the same
     * model as the tabbed text.
     */
    @ParameterizedTest
    @CsvSource({"+, -, |", "┼, ─, │"})
    void aTextWhoseTablesAreDrawnInAGridWithWrappedLabelsReadsIntoTheSameModelAsTheTabbedText(char cross, char stroke,
            char bar) {
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < lines.size(); ) {
            if (!isRow(lines.get(i))) {
                grid.append(lines.get(i++)).append("\n");
                continue;
            }
            // a table: its rows' cells wrapped, each column as wide as its widest piece
            List<List<List<String>>> rows = new ArrayList<>();
            int[] widths = new int[64];
            for (; i < lines.size() && isRow(lines.get(i)); i++) {
                List<List<String>> row = new ArrayList<>();
                for (String cell : cells(lines.get(i))) {
                    List<String> pieces = wrapped(cell, 6);
                    for (String p : pieces) {
                        widths[row.size()] = Math.max(widths[row.size()], width(p));
                    }
                    row.add(pieces);
                }
                rows.add(row);
            }
            int columns = rows.stream().mapToInt(List::size).max().orElseThrow();
            StringBuilder rule = new StringBuilder().append(cross);
            for (int c = 0; c < columns; c++) {
                rule.append(String.valueOf(stroke).repeat(widths[c] + 2)).append(cross);
            }
            grid.append(rule).append("\n");
            for (List<List<String>> row : rows) {
                int height = row.stream().mapToInt(List::size).max().orElse(1);
                for (int k = 0; k < height; k++) {
                    grid.append(bar);
                    for (int c = 0; c < columns; c++) {
                        String p = c < row.size() && k < row.get(c).size() ? row.get(c).get(k) : "";
                        grid.append(' ').append(p).append(" ".repeat(widths[c] - width(p) + 1)).append(bar);
                    }
                    grid.append("\n");
                }
                grid.append(rule).append("\n");
            }
        }

        assertThat(model(grid.toString().getBytes(StandardCharsets.UTF_8)).toPrettyString())
                .isEqualTo(fromText.toPrettyString());
    }

    /** The columns {@code s} takes as a terminal shows it: two for a Chinese character. */
    private static int width(String s) {
        return s.codePoints().map(c -> c >= 0x2e80 ? 2 : 1).sum();
    }

    /** {@code cell} in pieces of about {@code width} characters, broken after a Chinese character as a cell wraps. */
    private static List<String> wrapped(String cell, int width) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (cell.length() - from > width) {
            int at = from + width;
            while (at < cell.length() && cell.charAt(at - 1) < '\u2e80') {
                at++;
            }
            pieces.add(cell.substring(from, at));
            from = at;
        }
        pieces.add(cell.substring(from));
        return pieces;
    }

    private static List<String> cells(JsonNode model, String... tables) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : model.at("/cells")) {
            if (List.of(tables).contains(c.get("table").asText())) {
                out.add(c.toString());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "Big5"})
    void aSeedInAChineseCharsetReadsIntoTheSameModelAsTheUtf8File(String charset) throws IOException {
        String seed = "001_c5511601f1a9faaf.txt";
        byte[] utf8 = Files.readAllBytes(SAMPLES.resolve(seed));
        byte[] encoded = new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName(charset));

        assertThat(model(encoded).toPrettyString()).isEqualTo(model(utf8).toPrettyString());
    }

    /** The model read from bytes whose format only the content tells, without line numbers. */
    private static JsonNode model(byte[] bytes) {
        Report report = ReportReader.create().read(bytes, "report.bin");
        assertThat(report.isUnreadable()).as("%s", report.problems()).isFalse();
        JsonNode tree = ReportSnapshotTest.MAPPER.valueToTree(report);
        ((ObjectNode) tree).remove("lines");
        withoutLineNumbers(tree);
        return tree;
    }

    private static void withoutLineNumbers(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(LINE_FIELDS);
        }
        node.forEach(FormatEquivalenceTest::withoutLineNumbers);
    }

    private static boolean isRow(String line) {
        return line.indexOf('\t') >= 0;
    }

    private static List<String> cells(String line) {
        return List.of(line.split("\t", -1));
    }

    /** Index of the row whose empty first cell the spanned label covers. */
    private static int spannedRow() {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith(SPANNED + "\t")) {
                return i + 1;
            }
        }
        throw new AssertionError("no row starts with " + SPANNED);
    }

    private static String html() {
        int covered = spannedRow();
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isRow(line) != inTable) {
                h.append(inTable ? "</table>\n" : "<table>\n");
                inTable = !inTable;
            }
            if (inTable) {
                h.append("<tr>");
                List<String> cells = cells(line);
                for (int c = i == covered ? 1 : 0; c < cells.size(); c++) {
                    h.append(i + 1 == covered && c == 0 ? "<td rowspan=\"2\">" : "<td>")
                            .append(Entities.escape(cells.get(c))).append("</td>");
                }
                h.append("</tr>\n");
            } else if (!line.isBlank()) {
                h.append("<p>").append(Entities.escape(line)).append("</p>\n");
            }
        }
        return h.append(inTable ? "</table>\n" : "").append("</body></html>\n").toString();
    }

    private static byte[] docx() throws IOException {
        int covered = spannedRow();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i <= lines.size(); i++) {
                String line = i < lines.size() ? lines.get(i) : "";
                if (isRow(line)) {
                    rows.add(cells(line));
                    continue;
                }
                if (!rows.isEmpty()) {
                    table(doc, rows, i - rows.size(), covered);
                    rows.clear();
                }
                if (!line.isBlank()) {
                    doc.createParagraph().createRun().setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A Word table of {@code rows}, the first of which is line {@code first} of the seed. */
    private static void table(XWPFDocument doc, List<List<String>> rows, int first, int covered) {
        XWPFTable t = doc.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
            List<String> cells = rows.get(r);
            while (row.getTableCells().size() > cells.size()) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            while (row.getTableCells().size() < cells.size()) {
                row.addNewTableCell();
            }
            for (int c = 0; c < cells.size(); c++) {
                row.getCell(c).setText(cells.get(c));
            }
            int line = first + r;
            if (line + 1 == covered) {
                pr(row.getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            } else if (line == covered) {
                pr(row.getCell(0)).addNewVMerge(); // continue
            }
        }
    }

    private static CTTcPr pr(XWPFTableCell c) {
        return c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    }
}
