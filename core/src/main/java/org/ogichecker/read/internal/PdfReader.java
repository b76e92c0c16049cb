package org.ogichecker.read.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Section;

/**
 * Reads a PDF with a text layer: each page laid out by {@link PdfPage} (ruled tables to rows, other
 * text to visual lines), page numbers and running headers/footers dropped, and visual lines joined
 * back into paragraphs where a line runs to the right margin and the next starts at the left one,
 * also across a page break. Centred lines of one size in a row (a title over two lines) are joined
 * too. Encrypted, scanned (no text layer), damaged and truncated files are refused with the reason.
 */
public final class PdfReader {

    /** Fewer characters than this per page on average means there is no text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    /** A smaller image (a share of the page's area) is a seal or an icon, not content: a table is larger. */
    private static final double MIN_IMAGE = 0.04;
    /** A larger image is the page's background, unless the page has next to no text (a scanned page). */
    private static final double BACKGROUND = 0.8;
    private static final int SCANNED_PAGE_GLYPHS = 50;
    /**
     * With this many letters or more, a text layer of which fewer than a fifth are Chinese characters is not the text
     * of a Chinese report: its fonts map their glyphs to the wrong characters (or it is not such a report).
     */
    private static final int MIN_LETTERS_TO_JUDGE = 200;
    /** Possessive: the runs of spaces around the number must not be shared out by backtracking (quadratic). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-—–―－_·•.~一]*+(第\\s*+)?\\d{1,4}+(\\s*+页)?(\\s*+[/／]\\s*+\\d{1,4}+)?(\\s*+共\\s*+\\d{1,4}+\\s*+页)?"
                    + "[\\s\\-—–―－_·•.~一]*+");

    private PdfReader() {
    }

    /** A laid-out page: its items and its height. */
    record Page(List<PdfPage.Item> items, double height) {
    }

    /** Reads at most {@code limits.maxPages()} pages, giving up when {@code deadline} (nanoTime) passes. */
    public static Extracted read(byte[] bytes, Limits limits, long deadline) throws UnreadableException {
        if (FormatDetector.indexOf(bytes, "%%EOF", bytes.length) < 0) {
            throw new UnreadableException("the PDF is truncated or damaged: it has no end-of-file marker (%%EOF)",
                    "PDF 文件不完整或已损坏：没有文件结束标记（%%EOF）");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int total = doc.getNumberOfPages();
            if (total == 0) {
                throw new UnreadableException("the PDF has no pages", "PDF 文件没有页面");
            }
            int n = Math.min(total, limits.maxPages());
            Collector c = new Collector(new PdfBudget(limits, deadline, n));
            c.setStartPage(1);
            c.setEndPage(n);
            c.getText(doc);
            if (c.unmapped > c.chars) {
                throw new UnreadableException("the PDF's fonts do not map their glyphs to characters (" + c.unmapped
                        + " of " + (c.unmapped + c.chars) + " glyphs have no Unicode mapping): its text cannot be"
                        + " extracted, and OCR is not supported",
                        "PDF 文件的字体没有把字形映射为文字（" + (c.unmapped + c.chars) + " 个字形中有 " + c.unmapped
                                + " 个没有 Unicode 映射）：无法提取文字，不支持文字识别");
            }
            if (c.chars < (long) MIN_CHARS_PER_PAGE * n) {
                throw new UnreadableException("the PDF has no text layer (" + c.chars + " characters on " + n
                        + " pages): it is probably scanned images, and OCR is not supported",
                        "PDF 文件没有文字层（" + n + " 页共 " + c.chars + " 个字符）：可能是扫描图片，不支持文字识别");
            }
            if (c.letters >= MIN_LETTERS_TO_JUDGE && c.han * 5 < c.letters) {
                throw new UnreadableException("the PDF's text is not Chinese (" + c.han + " of its " + c.letters
                        + " letters are Chinese characters): its fonts probably map their glyphs to the wrong characters"
                        + " (a garbled text layer), or it is not a Chinese report",
                        "PDF 文件提取出的文字不是中文（" + c.letters + " 个字母中只有 " + c.han
                                + " 个汉字）：字体可能把字形映射成了错误的字符（文字层乱码），或者不是中文报告");
            }
            List<ReadProblem> notes = total > n ? List.of(new ReadProblem("TRUNCATED",
                    "only the first " + n + " of " + total + " pages were read",
                    "只读取了共 " + total + " 页中的前 " + n + " 页", 0)) : List.of();
            return new Extracted(lines(c.pages), notes);
        } catch (PdfBudget.Exceeded e) {
            throw new UnreadableException(e.reason);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("the PDF is encrypted with a password and cannot be opened",
                    "PDF 文件已用密码加密，无法打开");
        } catch (RuntimeException | IOException e) {
            throw ReadFailures.classify(e, PdfReader::damaged);
        }
    }

    /** PDFBox could not parse the file. */
    private static UnreadableException damaged(Exception e) {
        return new UnreadableException("the PDF is damaged and cannot be read: " + e.getMessage(),
                "PDF 文件已损坏，无法读取：" + e.getMessage());
    }

    /** Collects each page's glyphs (PDFBox has already dropped overlaid duplicates) and lays it out. */
    private static final class Collector extends PDFTextStripper {
        final List<Page> pages = new ArrayList<>();
        long chars;
        /** Glyphs of composite fonts that map to no character: PDFBox leaves them out of the text. */
        long unmapped;
        /** Letters of the text, and how many of them are Chinese characters. */
        long letters;
        long han;
        private final PdfBudget budget;
        private PDPage page;

        Collector(PdfBudget budget) {
            this.budget = budget;
        }

        @Override
        public void processPage(PDPage p) throws IOException {
            budget.pageStarts();
            page = p;
            super.processPage(p);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.operator();
            super.processOperator(operator, operands);
        }

        @Override
        protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
            budget.glyph();
            if (font instanceof PDType0Font && font.toUnicode(code) == null) {
                unmapped++;
            }
            super.showGlyph(m, font, code, displacement);
        }

        @Override
        protected void writePage() throws IOException {
            List<PdfPage.Glyph> glyphs = new ArrayList<>();
            int[] directions = new int[4];
            for (List<TextPosition> article : getCharactersByArticle()) {
                boolean spaced = false;
                for (TextPosition t : article) {
                    String u = t.getUnicode();
                    if (u == null || u.isBlank()) {
                        spaced = u != null;
                        continue;
                    }
                    directions[Math.floorMod(Math.round(t.getDir() / 90), 4)]++;
                    for (int k = 0; k < u.length(); k++) {
                        char ch = u.charAt(k);
                        if (Character.isLetter(ch)) {
                            letters++;
                            han += Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN ? 1 : 0;
                        }
                    }
                    double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir() * 2;
                    glyphs.add(new PdfPage.Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                            t.getHeightDir(), Math.max(size, 1), spaced));
                    spaced = false;
                }
            }
            chars += glyphs.size();
            // the glyphs are placed as their text reads (turned on a landscape page): the rules are turned the same
            int turns = 0;
            for (int d = 1; d < 4; d++) {
                turns = directions[d] > directions[turns] ? d : turns;
            }
            PdfRulings rulings = PdfRulings.of(page, turns * 90, budget);
            List<PdfPage.Item> items = PdfTableLabels.join(PdfPage.layout(glyphs, rulings));
            PDRectangle crop = page.getCropBox();
            pages.add(new Page(withImages(items, rulings.images, crop, glyphs.size()),
                    turns % 2 == 0 ? crop.getHeight() : crop.getWidth()));
            budget.pageRead(chars);
        }
    }

    /**
     * {@code items} with a line {@link Section#IMAGE} where an image stands that may hold the report's content (a
     * table published as a picture, a scanned page), in reading order by the image's middle. Left out: images too
     * small to hold a table (a seal, an icon), and one covering the page of a page with text (its background).
     */
    private static List<PdfPage.Item> withImages(List<PdfPage.Item> items, List<double[]> images, PDRectangle crop,
            int glyphs) {
        double page = crop.getWidth() * crop.getHeight();
        List<PdfPage.Item> out = items;
        for (double[] b : images) {
            double area = (b[2] - b[0]) * (b[3] - b[1]);
            if (area < MIN_IMAGE * page || area > BACKGROUND * page && glyphs >= SCANNED_PAGE_GLYPHS) {
                continue;
            }
            if (out == items) {
                out = new ArrayList<>(items);
            }
            double middle = (b[1] + b[3]) / 2;
            int at = 0;
            while (at < out.size() && out.get(at).y() <= middle) {
                at++;
            }
            out.add(at, new PdfPage.Item(Section.IMAGE, null, b[0], b[2], middle, 0));
        }
        return out;
    }

    /** The document's lines: page furniture dropped, wrapped lines joined into paragraphs. */
    static List<RawLine> lines(List<Page> pages) {
        Furniture furniture = Furniture.of(pages);
        List<List<PdfPage.Item>> kept = new ArrayList<>();
        for (Page p : pages) {
            kept.add(p.items().stream().filter(it -> !furniture.holds(it, p)).toList());
        }
        List<PdfPage.Item> body = new ArrayList<>();
        List<Boolean> pageStart = new ArrayList<>();
        for (int n = 0; n < pages.size(); n++) {
            List<PdfPage.Item> items = kept.get(n);
            boolean first = true;
            int headers = 0; // the rows of a table's header printed again at the head of this page
            int tableStart = -1; // where in the body the table that the previous page ends in starts
            for (int k = 0; k < items.size(); k++) {
                PdfPage.Item it = items.get(k);
                if (first && headers == 0) {
                    tableStart = tableStart(body, it);
                }
                if (first && repeatsHeader(body, tableStart + headers, it)) {
                    headers++;
                    continue; // the next item still starts this page
                }
                PdfPage.Item joined = first ? restOfRow(body, it) : null;
                if (joined != null) {
                    // the rest of the last row of a page: the next item still starts this page
                    body.set(body.size() - 1, joined);
                    continue;
                }
                List<PdfPage.Item> lines = List.of(it);
                if (it.isBand()) {
                    // a row of a table broken by a page: the table's first row, which the next page goes on with,
                    // or its next row, after the previous page's; else no table, but its text
                    boolean startsTable = k == items.size() - 1 && n + 1 < pages.size() && !kept.get(n + 1).isEmpty()
                            && sameTable(it, kept.get(n + 1).get(0));
                    boolean goesOn = first && !body.isEmpty() && sameTable(body.get(body.size() - 1), it);
                    Page p = pages.get(n);
                    lines = startsTable || goesOn ? List.of(it.asRow())
                            : it.unruled().stream().filter(line -> !furniture.holds(line, p)).toList();
                }
                for (PdfPage.Item line : lines) {
                    body.add(line);
                    pageStart.add(first);
                    first = false;
                }
            }
        }
        double left = mode(body, true);
        double right = mode(body, false);
        LineCollector out = new LineCollector();
        StringBuilder para = new StringBuilder();
        PdfPage.Item prev = null;
        List<String> lastRow = null;
        String[] carry = null;
        for (int i = 0; i < body.size(); i++) {
            PdfPage.Item it = body.get(i);
            if (isImage(it)) {
                out.paragraph(para.toString());
                para.setLength(0);
                out.paragraph(Section.IMAGE);
                prev = null;
                lastRow = null;
                continue;
            }
            if (it.isRow()) {
                out.paragraph(para.toString());
                para.setLength(0);
                List<String> cells = it.cells();
                if (lastRow == null || lastRow.size() != cells.size()) {
                    carry = null;
                } else if (pageStart.get(i)) {
                    carry = labels(lastRow);
                }
                lastRow = carry == null ? cells : carried(cells, carry);
                out.row(lastRow);
                prev = null;
                continue;
            }
            lastRow = null;
            if (prev == null || !continues(prev, it, pageStart.get(i), left, right)) {
                out.paragraph(para.toString());
                para.setLength(0);
            }
            LineCollector.append(para, it.text());
            prev = it;
        }
        out.paragraph(para.toString());
        return out.lines();
    }

    /**
     * The last item of the body joined with {@code it}, the first item of a page, when the last is a row of a ruled
     * table broken by the page and {@code it} is the band of its rest (the cells' wrapped text, see
     * {@link PdfTableLabels#restOfRow}); else null. A band alone ({@link PdfPage.Item#isBand}) is one of them too: a
     * page may hold nothing more of the table.
     */
    private static PdfPage.Item restOfRow(List<PdfPage.Item> body, PdfPage.Item it) {
        PdfPage.Item last = body.isEmpty() ? null : body.get(body.size() - 1);
        if (last == null || !sameTable(last, it)) {
            return null;
        }
        List<String> cells = PdfTableLabels.restOfRow(last.cells(), last.lefts(), it.cells(), it.lefts());
        return cells == null ? null : last.withCells(cells);
    }

    /**
     * Where the ruled table of {@code it} starts in the body, if the body ends in it (across a page break); else −1.
     * Looked for once a page: the body may end in a long table.
     */
    private static int tableStart(List<PdfPage.Item> body, PdfPage.Item it) {
        int start = body.size();
        while (start > 0 && sameTable(body.get(start - 1), it)) {
            start--;
        }
        return start < body.size() ? start : -1;
    }

    /**
     * True when {@code it}, at the head of a page, repeats the row {@code header} of the body (a row of the ruled table
     * the body ends in, as far down from the table's start as rows were left out so at this page's head): the table's
     * header printed again on each page (as Word's "repeat as header row" prints it), the texts of its first rows in
     * order, though the page may cut the columns differently. It is left out, so that the rest of a row broken by the
     * page, which follows it, is found, and no header stands among the rows. (A row within the table may repeat a
     * header's texts: table 二's blocks each have one.)
     */
    private static boolean repeatsHeader(List<PdfPage.Item> body, int header, PdfPage.Item it) {
        return header >= 0 && header < body.size() && sameTable(body.get(header), it)
                && texts(body.get(header)).equals(texts(it));
    }

    /** The cells of a row that hold text, stripped. */
    private static List<String> texts(PdfPage.Item row) {
        return row.cells().stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Two rows laid out from the cells of one ruled table, as far as can be told across a page break: the table keeps
     * its outer edges, though the next page may cut its columns differently.
     */
    private static boolean sameTable(PdfPage.Item a, PdfPage.Item b) {
        return a.lefts() != null && b.lefts() != null && Math.abs(a.x0() - b.x0()) <= PdfPage.TOL
                && Math.abs(a.x1() - b.x1()) <= PdfPage.TOL;
    }

    /**
     * What is printed on most pages at the same place rather than the report's text: page numbers and running heads
     * and feet in the margins, and letterheads or watermarks as images.
     *
     * @param margins  how often each (digit-blind) text occurs in the margins of a page
     * @param repeated from how many pages on a text or an image is furniture
     * @param imagesAt on how many pages an image stands at each place
     */
    private record Furniture(Map<String, Integer> margins, int repeated, Map<String, Integer> imagesAt) {
        static Furniture of(List<Page> pages) {
            Map<String, Integer> imagesAt = new HashMap<>();
            for (Page p : pages) {
                p.items().stream().filter(PdfReader::isImage).map(PdfReader::place).distinct()
                        .forEach(k -> imagesAt.merge(k, 1, Integer::sum));
            }
            return new Furniture(marginTexts(pages), Math.max(2, (pages.size() + 1) / 2), imagesAt);
        }

        boolean holds(PdfPage.Item it, Page p) {
            if (!it.isRow() && inMargin(it, p) && (PAGE_NUMBER.matcher(it.text()).matches()
                    || margins.getOrDefault(key(it.text()), 0) >= repeated)) {
                return true;
            }
            // an image at the same place on most pages: a letterhead or a watermark
            return isImage(it) && imagesAt.getOrDefault(place(it), 0) >= repeated;
        }
    }

    /** The label cells of a row (those before its first number), to carry over a page break. */
    private static String[] labels(List<String> row) {
        String[] carry = new String[row.size()];
        for (int c = 0; c < row.size() && !PdfPage.isNumber(row.get(c)); c++) {
            carry[c] = row.get(c);
        }
        return carry;
    }

    /**
     * A row after a page break inside a table: its leading empty cells belong to cells spanning rows
     * that started on the previous page, so they get those cells' text, until a row has its own text in
     * the column. {@code carry} is updated in place.
     */
    private static List<String> carried(List<String> cells, String[] carry) {
        List<String> out = new ArrayList<>(cells);
        boolean leading = true;
        for (int c = 0; c < out.size(); c++) {
            leading &= out.get(c).isBlank();
            if (!out.get(c).isBlank()) {
                carry[c] = null;
            } else if (leading && carry[c] != null) {
                out.set(c, carry[c]);
            }
        }
        return out;
    }

    /** Whether {@code line} continues the paragraph of {@code prev}. */
    private static boolean continues(PdfPage.Item prev, PdfPage.Item line, boolean newPage, double left,
            double right) {
        double size = line.size();
        if (Math.abs(prev.size() - size) > 0.6) {
            return false;
        }
        if (SectionParser.headsAfterSentence(prev.text(), line.text())) {
            return false;
        }
        boolean close = newPage || line.y() - prev.y() > 0 && line.y() - prev.y() <= 2.2 * size;
        boolean wrapped = prev.x1() >= right - 1.5 * size && line.x0() <= left + 0.5 * size;
        double centre = (left + right) / 2;
        boolean centred = !newPage && prev.x0() > left + 2 * size && line.x0() > left + 2 * size
                && Math.abs((prev.x0() + prev.x1()) / 2 - centre) <= size
                && Math.abs((line.x0() + line.x1()) / 2 - centre) <= size;
        return close && (wrapped || centred);
    }

    private static boolean isImage(PdfPage.Item it) {
        return !it.isRow() && it.text().equals(Section.IMAGE);
    }

    /** Where an image stands on its page, to the point. */
    private static String place(PdfPage.Item it) {
        return Math.round(it.x0()) + " " + Math.round(it.x1()) + " " + Math.round(it.y());
    }

    private static boolean inMargin(PdfPage.Item it, Page p) {
        return it.y() < p.height() * 0.1 || it.y() > p.height() * 0.88;
    }

    /** How often each (digit-blind) text occurs in the top or bottom margin of a page. */
    private static Map<String, Integer> marginTexts(List<Page> pages) {
        Map<String, Integer> count = new HashMap<>();
        for (Page p : pages) {
            p.items().stream().filter(it -> !it.isRow() && inMargin(it, p)).map(it -> key(it.text())).distinct()
                    .forEach(k -> count.merge(k, 1, Integer::sum));
        }
        return count;
    }

    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    /**
     * The most common left edge (or right edge) of the text lines, to the point, each line counting as many times as it
     * has characters: the edges of the running text, even on a page printed from a website, whose many short lines
     * (menus, links) would otherwise set them.
     */
    private static double mode(List<PdfPage.Item> items, boolean leftEdge) {
        Map<Long, Integer> count = new HashMap<>();
        for (PdfPage.Item it : items) {
            if (!it.isRow()) {
                count.merge(Math.round(leftEdge ? it.x0() : it.x1()), it.text().length(), Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0L);
    }
}
