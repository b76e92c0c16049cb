package org.ogichecker.read.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.ogichecker.model.Section;

/**
 * Reads a Word (.docx) document: body paragraphs as paragraph lines, tables as rows with merged cells
 * expanded like HTML spans (a vertically merged cell's text repeated in every row it covers, a
 * horizontally merged cell's text in its first grid column and the others empty), and the content of layout tables
 * (a table framing others, or a single cell) in place.
 */
public final class DocxReader {

    /** The body's XML, streamed: no DTD, no external entity. */
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private DocxReader() {
    }

    /**
     * Refuses a document whose body holds more text than {@code limits} allow, counting the characters of its text
     * runs ({@code <w:t>}) in one streamed pass over {@code word/document.xml}, before the Word reader builds the
     * body in memory (a 36 MB document of 24 million characters filled a 256 MB heap). A document this pass cannot
     * follow is left to the Word reader.
     */
    public static void checkText(byte[] bytes, Limits limits) throws UnreadableException {
        long chars = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("word/document.xml")) {
                    continue;
                }
                XMLStreamReader x = XML.createXMLStreamReader(zip);
                boolean inText = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                        inText = event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("t");
                    } else if (inText && event == XMLStreamConstants.CHARACTERS) {
                        chars += x.getTextLength();
                    }
                }
                break;
            }
        } catch (IOException | XMLStreamException e) {
            return; // not followable here: the Word reader decides
        }
        limits.checkChars(chars);
    }

    public static Extracted read(byte[] bytes) throws UnreadableException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            LineCollector out = new LineCollector();
            emit(doc.getBodyElements(), out, 0);
            return new Extracted(out.lines(), List.of());
        } catch (RuntimeException | IOException e) {
            throw ReadFailures.classify(e, DocxReader::damaged);
        }
    }

    /**
     * Paragraphs, data tables as rows, and the content of layout tables in place: a table that holds another table in
     * a cell, or of a single cell (documents converted from web pages frame their content so), is not data, as the
     * HTML reader takes a table with tables inside for a layout. Layouts nested deeper than
     * {@link LineCollector#MAX_LAYOUT_DEPTH} are read as data tables.
     */
    private static void emit(List<IBodyElement> elements, LineCollector out, int depth) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.paragraph(p.getText());
                for (XWPFRun r : p.getRuns()) {
                    for (int k = 0; k < r.getEmbeddedPictures().size(); k++) {
                        out.paragraph(Section.IMAGE);
                    }
                }
            } else if (e instanceof XWPFTable t && depth < LineCollector.MAX_LAYOUT_DEPTH && isLayout(t)) {
                for (XWPFTableRow tr : t.getRows()) {
                    for (XWPFTableCell c : tr.getTableCells()) {
                        emit(c.getBodyElements(), out, depth + 1);
                    }
                }
            } else if (e instanceof XWPFTable t) {
                for (List<String> row : rows(t)) {
                    out.row(row);
                }
            } else if (e instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\n")) {
                    out.paragraph(line);
                }
            }
        }
    }

    /** A table that frames content rather than holds data: one with a table in a cell, or of a single cell. */
    private static boolean isLayout(XWPFTable t) {
        int cells = 0;
        for (XWPFTableRow tr : t.getRows()) {
            for (XWPFTableCell c : tr.getTableCells()) {
                if (!c.getTables().isEmpty()) {
                    return true;
                }
                cells++;
            }
        }
        return cells == 1;
    }

    /** POI (or its zip or XML layer) could not open the document. */
    private static UnreadableException damaged(Exception e) {
        return new UnreadableException("the Word document could not be opened: " + e.getMessage(),
                "Word 文档无法打开：" + e.getMessage());
    }

    static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> above = List.of(); // the previous row, by grid column, for vertical merges
        for (XWPFTableRow tr : table.getRows()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < gridBefore(tr); i++) {
                row.add("");
            }
            for (XWPFTableCell c : tr.getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
                        ? Math.max(1, Math.min(200, pr.getGridSpan().getVal().intValue())) : 1;
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                int col = row.size();
                row.add(continued && col < above.size() ? above.get(col) : cellText(c));
                for (int k = 1; k < span; k++) {
                    row.add("");
                }
            }
            rows.add(row);
            above = row;
        }
        return rows;
    }

    private static int gridBefore(XWPFTableRow tr) {
        var pr = tr.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger v = pr.getGridBeforeArray(0).getVal();
        return v == null ? 0 : Math.min(200, v.intValue());
    }

    /**
     * The cell's paragraphs (and nested tables) as one line of running text; the lines of a paragraph broken by hand
     * are joined as the HTML reader joins those a {@code <br>} breaks (Chinese text without a space).
     */
    private static String cellText(XWPFTableCell c) {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : c.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                for (String line : p.getText().split("\n")) {
                    LineCollector.append(b, line);
                }
            } else if (e instanceof XWPFTable t) {
                LineCollector.append(b, t.getText());
            }
        }
        return b.toString();
    }
}
