package org.ogichecker.read.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.FileInformationBlock;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.model.SubdocumentType;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ogichecker.model.Section;

/**
 * Reads a Word 97–2003 (.doc) document, which many sites still publish (WPS Office writes the same format): body
 * paragraphs as paragraph lines, tables as rows with merged cells expanded as {@link DocxReader} expands them.
 * Such a table has no column grid: the grid is made of the edges of all its cells, and a cell spans the grid columns
 * between its edges. Other files of the same container (Excel, PowerPoint, a password-protected .docx) are refused.
 * POI builds the whole text before a paragraph can be read, so a document whose header counts more characters than
 * the length limit is refused before that.
 */
public final class DocReader {

    /** Cell edges closer than this (in twips, 1/20 point) are one grid line: rows are rarely aligned exactly. */
    private static final int EDGE_TOLERANCE = 30;
    /** The most bytes a Word 97–2003 file information block takes (its longest variant, Word 2007's, ~1.6 kB). */
    private static final int MAX_FIB_BYTES = 4096;
    /** Paragraphs (or tables) read between two looks at the clock. */
    private static final int PARAGRAPHS_PER_CLOCK = 1024;

    private DocReader() {
    }

    public static Extracted read(byte[] bytes, Limits limits, long deadline) throws UnreadableException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw new UnreadableException("the input is a password-protected Office document and cannot be opened",
                        "输入是已用密码加密的 Office 文档，无法打开");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new UnreadableException(
                        "the input is a legacy Office file that is not a Word document (.xls/.ppt); save the report as"
                                + " .docx or PDF",
                        "输入是旧版 Office 文件，但不是 Word 文档（.xls/.ppt）；请将报告另存为 .docx 或 PDF");
            }
            checkText(root, limits);
            try (HWPFDocument doc = new HWPFDocument(root)) {
                return new Extracted(lines(doc, limits, deadline), List.of());
            }
        } catch (OldWordFileFormatException e) {
            throw new UnreadableException("the input is a Word 6.0/95 document, which is not read; save it as .docx or PDF",
                    "输入是 Word 6.0/95 文档，无法读取；请另存为 .docx 或 PDF");
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("the Word document is encrypted with a password and cannot be opened",
                    "Word 文档已用密码加密，无法打开");
        } catch (RuntimeException | IOException e) {
            throw ReadFailures.classify(e, DocReader::damaged);
        }
    }

    /**
     * Refuses a document of more characters than the length limit by the counts in its file information block (body,
     * notes, headers, comments and text boxes: POI reads them all), before POI builds its text. A block that cannot be
     * read is left to POI, which then says what is wrong with the document.
     */
    private static void checkText(DirectoryNode root, Limits limits) throws UnreadableException, IOException {
        long chars = 0;
        try (DocumentInputStream in = root.createDocumentInputStream("WordDocument")) {
            FileInformationBlock fib = new FileInformationBlock(in.readNBytes(MAX_FIB_BYTES));
            for (SubdocumentType t : SubdocumentType.values()) {
                chars += Math.max(0, fib.getSubdocumentTextStreamLength(t));
            }
        } catch (RuntimeException e) {
            return;
        }
        limits.checkChars(chars);
    }

    /** POI could not open the document. */
    private static UnreadableException damaged(Exception e) {
        return new UnreadableException("the Word (.doc) document could not be opened: " + e.getMessage(),
                "Word（.doc）文档无法打开：" + e.getMessage());
    }

    /**
     * The document's paragraphs and tables in order. A layout table (one with a table in a cell, or of a single cell:
     * documents converted from web pages frame their content so) is not data: its cells' paragraphs are read as
     * paragraphs and the tables in them in turn, as the .docx and HTML readers do; below
     * {@link LineCollector#MAX_LAYOUT_DEPTH} levels a table is data whatever it holds.
     */
    private static List<RawLine> lines(HWPFDocument doc, Limits limits, long deadline) throws UnreadableException {
        Range range = doc.getRange();
        PicturesTable pictures = doc.getPicturesTable();
        LineCollector out = new LineCollector();
        int layouts = 0; // how many layout tables the current paragraph is inside
        int steps = 0; // i skips a table's paragraphs, and goes back to a layout table's first
        for (int i = 0; i < range.numParagraphs(); i++) {
            if (steps++ % PARAGRAPHS_PER_CLOCK == 0) {
                limits.checkTime(deadline, i + " of " + range.numParagraphs() + " paragraphs read",
                        "已读取 " + range.numParagraphs() + " 段中的 " + i + " 段");
            }
            Paragraph p = range.getParagraph(i);
            int level = p.isInTable() ? p.getTableLevel() : 0;
            if (level > layouts) {
                Table t = range.getTable(p);
                if (level <= LineCollector.MAX_LAYOUT_DEPTH && isLayout(t, level)) {
                    layouts = level; // its paragraphs follow: those at its level are content
                    i--;
                    continue;
                }
                for (List<String> row : rows(t)) {
                    out.row(row);
                }
                i += t.numParagraphs() - 1;
                continue;
            }
            layouts = level;
            out.paragraph(text(p.text()));
            for (int k = 0; k < p.numCharacterRuns(); k++) {
                if (pictures.hasPicture(p.getCharacterRun(k))) {
                    out.paragraph(Section.IMAGE);
                }
            }
        }
        return out.lines();
    }

    /** A table that frames content rather than holds data: one with a deeper table in it, or of a single cell. */
    private static boolean isLayout(Table t, int level) {
        for (int k = 0; k < t.numParagraphs(); k++) {
            if (t.getParagraph(k).getTableLevel() > level) {
                return true;
            }
        }
        return t.numRows() == 1 && t.getRow(0).numCells() == 1;
    }

    /**
     * The rows of a table on the grid of all its cells' edges: a cell spanning grid columns has its text in the first
     * and the others empty, a cell merged with the one above has that cell's text.
     */
    static List<List<String>> rows(Table table) {
        List<Integer> grid = grid(table);
        List<List<String>> rows = new ArrayList<>();
        List<String> above = List.of();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tr = table.getRow(r);
            List<String> row = new ArrayList<>();
            for (int c = 0; c < tr.numCells(); c++) {
                TableCell cell = tr.getCell(c);
                int from = Math.max(column(grid, cell.getLeftEdge()), row.size());
                int to = Math.max(column(grid, cell.getLeftEdge() + cell.getWidth()), from + 1);
                while (row.size() < from) {
                    row.add(""); // a row starting right of the table's left edge
                }
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                row.add(continued && from < above.size() ? above.get(from) : text(cell.text()));
                while (row.size() < to) {
                    row.add("");
                }
            }
            rows.add(row);
            above = row;
        }
        return rows;
    }

    /** The table's grid lines: every cell's left and right edge, those within {@link #EDGE_TOLERANCE} taken as one. */
    private static List<Integer> grid(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tr = table.getRow(r);
            for (int c = 0; c < tr.numCells(); c++) {
                edges.add(tr.getCell(c).getLeftEdge());
                edges.add(tr.getCell(c).getLeftEdge() + tr.getCell(c).getWidth());
            }
        }
        List<Integer> grid = new ArrayList<>();
        for (int e : edges) {
            if (grid.isEmpty() || e - grid.get(grid.size() - 1) > EDGE_TOLERANCE) {
                grid.add(e);
            }
        }
        return grid;
    }

    /** The grid column that starts at (or nearest before) {@code edge}. */
    private static int column(List<Integer> grid, int edge) {
        int i = 0;
        while (i + 1 < grid.size() && grid.get(i + 1) <= edge + EDGE_TOLERANCE) {
            i++;
        }
        return i;
    }

    /**
     * The text of a paragraph or a cell as one line: its paragraphs and manual line breaks joined as {@link DocxReader}
     * joins a cell's paragraphs and the HTML reader a {@code <br>} (Chinese text runs on without a space); field
     * instructions dropped (their results kept) and Word's other control characters (cell ends, picture and footnote
     * anchors, optional hyphens) dropped; a non-breaking hyphen is a hyphen.
     */
    static String text(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder line = new StringBuilder(s.length());
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\r';
            if (c == '\r' || c == '\u000b' || c == '\n' || c == '\u000c') {
                LineCollector.append(line, piece.toString());
                piece.setLength(0);
            } else if (c == '\u001e') {
                piece.append('-');
            } else if (c >= ' ' || c == '\t') {
                piece.append(c);
            }
        }
        return line.toString();
    }
}
