package org.ogichecker.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.util.Matrix;
import org.ogichecker.model.Section;

/**
 * Writes seed lines as a PDF laid out like a published report: A4 pages, paragraphs wrapped at the
 * right margin and justified, a page number in the footer, and each run of tab-separated lines as a
 * table whose cells wrap their text, drawn with or without ruling lines. Tables break across pages
 * between rows. A line {@link Section#IMAGE} is a picture the size of a table.
 * The font is the CJK subset in {@code src/test/resources/fonts}.
 */
public final class PdfVariant implements AutoCloseable {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 60;
    private static final float RIGHT = A4.getWidth() - 60;
    private static final float TOP = 110; // below the header margin the reader ignores, from the top
    private static final float BOTTOM = A4.getHeight() - 140;
    private static final float TEXT_SIZE = 10.5f;
    private static final float CELL_SIZE = 7.5f;
    private static final float PAD = 2.5f;
    private static final float MIN_COLUMN = 24;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final boolean ruled;
    private PDPageContentStream page;
    private int pages;
    private float y; // top of the next line, down from the page top

    private PdfVariant(boolean ruled) throws IOException {
        this.ruled = ruled;
        try (InputStream in = PdfVariant.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
            font = PDType0Font.load(doc, in);
        }
    }

    /**
     * The PDF of {@code lines}: a line with tabs is a table row, any other non-blank line a paragraph.
     * The first cell of line {@code covered − 1} spans that row and the next (the seed leaves the
     * covered row's first cell empty; −1 for no span); without rules the span shows only as the empty cell.
     */
    public static byte[] of(List<String> lines, int covered, boolean ruled) {
        try (PdfVariant v = new PdfVariant(ruled)) {
            v.newPage();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i <= lines.size(); i++) {
                String line = i < lines.size() ? lines.get(i) : "";
                if (line.indexOf('\t') >= 0) {
                    rows.add(List.of(line.split("\t", -1)));
                    continue;
                }
                if (!rows.isEmpty()) {
                    v.table(rows, covered - (i - rows.size()));
                    rows.clear();
                }
                if (line.equals(Section.IMAGE)) {
                    v.image();
                } else if (!line.isBlank()) {
                    v.paragraph(line);
                }
            }
            v.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            v.doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code pdf} with every page stored turned as a landscape page often is: its content turned a quarter or half
     * turn on a page of the turned size, and the page's /Rotate set to {@code rotate} (90, 180 or 270) so that a viewer
     * shows it as before. With {@code rotate} 0 the content is turned a quarter turn and no /Rotate set: the page shows
     * sideways.
     */
    public static byte[] turned(byte[] pdf, int rotate) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                float w = p.getMediaBox().getWidth();
                float h = p.getMediaBox().getHeight();
                // display = the /Rotate turn of the stored page; the content is turned back by the opposite
                Matrix m = switch (rotate) {
                    case 180 -> new Matrix(-1, 0, 0, -1, w, h);
                    case 270 -> new Matrix(0, -1, 1, 0, 0, w);
                    default -> new Matrix(0, 1, -1, 0, h, 0);
                };
                try (var cs = new PDPageContentStream(d, p, PDPageContentStream.AppendMode.PREPEND, false)) {
                    cs.saveGraphicsState();
                    cs.transform(m);
                }
                try (var cs = new PDPageContentStream(d, p, PDPageContentStream.AppendMode.APPEND, false)) {
                    cs.restoreGraphicsState();
                }
                PDRectangle box = rotate == 180 ? new PDRectangle(w, h) : new PDRectangle(h, w);
                p.setMediaBox(box);
                p.setCropBox(box);
                p.setRotation(rotate);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        pages++;
        text("- " + pages + " -", (LEFT + RIGHT) / 2 - 10, A4.getHeight() - 60, TEXT_SIZE);
        y = TOP;
    }

    /** A grey picture of a table's size, where the text has the line that stands for an image. */
    private void image() throws IOException {
        float w = RIGHT - LEFT;
        float h = 180;
        if (y + h + TEXT_SIZE > BOTTOM) {
            newPage();
        }
        BufferedImage img = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 200, 80);
        g.dispose();
        y += TEXT_SIZE;
        page.drawImage(LosslessFactory.createFromImage(doc, img), LEFT, A4.getHeight() - y - h, w, h);
        y += h + TEXT_SIZE;
    }

    private void paragraph(String line) throws IOException {
        List<String> parts = wrap(line, RIGHT - LEFT, TEXT_SIZE);
        for (int i = 0; i < parts.size(); i++) {
            if (y + TEXT_SIZE * 1.6f > BOTTOM) {
                newPage();
            }
            String part = parts.get(i);
            // justified like a word processor: each wrapped line fills the measure, the last one does not
            float slack = i + 1 < parts.size() ? RIGHT - LEFT - width(part, TEXT_SIZE) : 0;
            page.beginText();
            page.setFont(font, TEXT_SIZE);
            page.setCharacterSpacing(slack / Math.max(1, part.codePointCount(0, part.length()) - 1));
            page.newLineAtOffset(LEFT, A4.getHeight() - y - TEXT_SIZE);
            page.showText(part);
            page.setCharacterSpacing(0);
            page.endText();
            y += TEXT_SIZE * 1.6f;
        }
    }

    /**
     * A table of {@code rows} (padded to the widest row); {@code spanRow} is the row whose first cell
     * spans into the next one, if it is in this table.
     */
    private void table(List<List<String>> rows, int spanRow) throws IOException {
        int cols = rows.stream().mapToInt(List::size).max().orElseThrow();
        float[] widths = columnWidths(rows, cols);
        float[] xs = new float[cols + 1];
        xs[0] = LEFT;
        for (int c = 0; c < cols; c++) {
            xs[c + 1] = xs[c] + widths[c];
        }
        float leading = CELL_SIZE * 1.3f;
        y += TEXT_SIZE; // a gap above the table, like the paragraphs' leading
        float tableTop = y;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            boolean spans = r + 1 == spanRow && spanRow < rows.size();
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < cols; c++) {
                List<String> wrapped = c < row.size() ? wrap(row.get(c), widths[c] - 2 * PAD, CELL_SIZE) : List.of();
                cells.add(wrapped);
                height = Math.max(height, spans && c == 0 ? (wrapped.size() + 1) / 2 : wrapped.size());
            }
            float rowHeight = height * leading + 2 * PAD;
            if (y + rowHeight * (spans ? 2 : 1) > BOTTOM) {
                rules(xs, tableTop, y);
                newPage();
                tableTop = y;
            }
            for (int c = 0; c < cols; c++) {
                float ty = y + PAD + CELL_SIZE;
                if (r == spanRow && c == 0) {
                    continue; // drawn with the spanning cell above
                }
                for (String part : cells.get(c)) {
                    text(part, xs[c] + PAD, ty, CELL_SIZE);
                    ty += leading;
                }
            }
            // the rule under a spanning cell is left out in its column
            line(spans ? xs[1] : xs[0], y + rowHeight, xs[cols], y + rowHeight);
            y += rowHeight;
        }
        rules(xs, tableTop, y);
        y += TEXT_SIZE;
    }

    /** The outer and column rules of a table part from {@code top} to {@code bottom}. */
    private void rules(float[] xs, float top, float bottom) throws IOException {
        if (bottom <= top) {
            return;
        }
        line(xs[0], top, xs[xs.length - 1], top);
        line(xs[0], bottom, xs[xs.length - 1], bottom);
        for (float x : xs) {
            line(x, top, x, bottom);
        }
    }

    /** Widths proportional to each column's longest text, at least {@link #MIN_COLUMN}, filling the line. */
    private float[] columnWidths(List<List<String>> rows, int cols) throws IOException {
        float[] want = new float[cols];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                want[c] = Math.max(want[c], width(row.get(c), CELL_SIZE) + 2 * PAD);
            }
        }
        float total = RIGHT - LEFT;
        float[] w = new float[cols];
        float spare = total - MIN_COLUMN * cols;
        float extra = 0;
        for (float x : want) {
            extra += Math.max(0, x - MIN_COLUMN);
        }
        for (int c = 0; c < cols; c++) {
            w[c] = MIN_COLUMN + (extra == 0 ? spare / cols : spare * Math.max(0, want[c] - MIN_COLUMN) / extra);
        }
        return w;
    }

    /**
     * {@code s} broken into lines no wider than {@code max}. A break falls only next to a Chinese
     * character and never at a space, as a typesetter would: the reader joins such lines without a space.
     */
    private List<String> wrap(String s, float max, float size) throws IOException {
        List<String> out = new ArrayList<>();
        String rest = s.strip();
        while (!rest.isEmpty()) {
            int end = rest.length();
            while (width(rest.substring(0, end), size) > max) {
                end = breakBefore(rest, end - 1);
            }
            out.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return out;
    }

    /** The last index at or before {@code i} where a line may break (at least one character in). */
    private static int breakBefore(String s, int i) {
        for (int k = i; k > 1; k--) {
            char a = s.charAt(k - 1);
            char b = s.charAt(k);
            if ((wide(a) || wide(b)) && a != ' ' && b != ' ') {
                return k;
            }
        }
        return Math.max(1, i);
    }

    private static boolean wide(char c) {
        return c >= '\u2e80';
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Draws {@code s} with its baseline at {@code baseline} down from the page top. */
    private void text(String s, float x, float baseline, float size) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, A4.getHeight() - baseline);
        page.showText(s);
        page.endText();
    }

    private void line(float x0, float y0, float x1, float y1) throws IOException {
        if (!ruled) {
            return;
        }
        page.moveTo(x0, A4.getHeight() - y0);
        page.lineTo(x1, A4.getHeight() - y1);
        page.stroke();
    }
}
