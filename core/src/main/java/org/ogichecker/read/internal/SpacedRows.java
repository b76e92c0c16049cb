package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;
import org.ogichecker.layout.Labels;
import org.ogichecker.model.CellState;
import org.ogichecker.text.Texts;
import org.ogichecker.text.internal.Chars;

/**
 * Table rows of plain text whose columns are aligned with spaces instead of tabs (as {@code pdftotext -layout} and
 * copies from some viewers write them). A line is split at its gaps, runs of two or more spaces, and a run of values
 * set one space apart ("0 0 0") is a part per value. It is a row on the terms the PDF reader applies to a visual line
 * ({@link PdfPage}): at least three parts of which two are numbers, or two parts that name columns of a layout. It is
 * also a row when a part is exactly a row label of a layout and the last part a number or a blank ("/", "—"), as in
 * table 二 of 2021 (one value column) and the 2007 table (label, unit, number), or when every part is a row label
 * (行政复议 | 行政诉讼 over table 四). Labels count only as the layouts print them ({@link TableExtractor#isRowLabel}),
 * never by a loose match. Right above a row, a row label alone on its line (a group label such as "第二十条第（一）项")
 * is a row of one cell, which keeps the rows under it in one table, and a line with gaps is a row (a header line).
 * Anything else stays a paragraph.
 *
 * <p>A line without gaps that ends in values set one space apart, as {@code pdftotext -raw} and copies from a PDF
 * viewer write a row, is a label (if any) and a value a part ({@link #trailingValues}), and row labels set one space
 * apart are a header row; such a row's label wrapped over the lines before it is joined from those lines only.
 *
 * <p>{@link ReportParser#textLines} hands over only the lines that hold two ASCII spaces in a row (as every line of
 * such a layout does) or may end in values ({@link #mayEndInValues}), so that the other lines cost a paragraph
 * nothing.
 *
 * <p>Spaces cannot show an empty cell: a row that leaves a cell blank has fewer parts than columns, and the table
 * parser aligns what is there (as it does for a short row with tabs).
 */
final class SpacedRows {

    /**
     * A longer line is not a row: a table row of the formats is a label and at most 15 numbers, and matching every
     * part of a long line against the layouts' labels would cost time out of proportion.
     */
    static final int MAX_ROW_CHARS = 500;
    /** More parts are not a row either (table 四 on one line has 15 numbers and a few labels). */
    static final int MAX_PARTS = 32;
    /** A label wraps over at most this many lines besides its row's. */
    private static final int MAX_PIECES = 3;
    /** A label written wholly before its row's values, wrapped, takes at most this many lines. */
    private static final int MAX_PIECES_BEFORE = 4;
    /** At most this many pieces and blank lines stand between two rows of one table. */
    private static final int MAX_BETWEEN_ROWS = 12;
    /**
     * The pieces of a header set in narrow columns, two characters a line ("结果", "维持"), are not counted against
     * {@link #MAX_BETWEEN_ROWS}: table 四's fifteen column labels so set take thirty lines.
     */
    private static final int MAX_HEADER_PIECE_CHARS = 4;
    /** With them, at most this many lines stand between two rows of one table. */
    private static final int MAX_LINES_BETWEEN_ROWS = 48;
    /** A numeral and what of a label a narrow column holds beside it ("三、本") is a piece, not a heading. */
    private static final int MAX_NUMBERED_PIECE_CHARS = 3;
    /** A value alone on its line is short: a number of a table ("96171.6", "3,119"). */
    private static final int MAX_VALUE_CHARS = 20;
    /** A piece of a wrapped label is short (not counting its spaces); a longer line is running text. */
    private static final int MAX_PIECE_CHARS = 40;

    private SpacedRows() {
    }

    /**
     * Makes rows, in place, of the lines right above a row (blank lines between allowed) that are a row label alone
     * (a group label such as "第二十条第（一）项") or have gaps (the header lines of a table, whose parts need not all
     * be column labels); for the lines of a text in which {@link #cells} found rows. From the end, so that a header
     * of several lines becomes rows line by line.
     */
    static void aboveRows(List<RawLine> lines) {
        boolean rowBelow = false;
        for (int i = lines.size() - 1; i >= 0; i--) {
            RawLine l = lines.get(i);
            if (l.isRow()) {
                rowBelow = true;
                continue;
            }
            if (CellValues.isWhitespaceOnly(l.text())) {
                continue;
            }
            List<String> labels = labelsOneSpaceApart(l.text());
            if (labels != null) {
                lines.set(i, new RawLine(l.number(), l.text(), labels));
                rowBelow = true;
                continue;
            }
            if (rowBelow) {
                String text = l.text().strip();
                // a line of values set one space apart is a row only as cells() takes it ("- 5 -" is a page number)
                List<String> parts = hasGap(l.text(), 0, l.text().length()) ? parts(l.text(), true) : null;
                if (parts == null && TableExtractor.isRowLabelText(text)) {
                    parts = List.of(text);
                }
                if (parts != null) {
                    lines.set(i, new RawLine(l.number(), l.text(), parts));
                    continue;
                }
            }
            rowBelow = false;
        }
    }

    /** A text with fewer lines that are a value alone has no table written a cell a line ({@link #aCellALine}). */
    static final int MIN_LONE_VALUES = 4;
    /** Table 四's cells, the values of its one row of values. */
    private static final int T4_CELLS = 15;

    /**
     * True when the line is a value alone, as text browsers ({@code lynx -dump}) and {@code pdftotext} without
     * options write each cell of a table on a line of its own. Looked at for every paragraph line: most end in no
     * digit or blank mark.
     */
    static boolean isLoneValue(String line) {
        int end = endOfText(line);
        int start = startOfText(line, end);
        if (end == start || end - start > MAX_VALUE_CHARS || !mayEndInValue(line.charAt(end - 1))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (isSpace(line.charAt(i))) {
                return false;
            }
        }
        return state(line.substring(start, end)) != CellState.INVALID;
    }

    /**
     * Makes rows, in place, of the tables of a text written a cell a line: a row label alone on its line and the
     * values alone on the lines after it (blank lines between) are a row on the label's line, and fifteen values
     * after no label are table 四's row of values; the values' lines become rows of one empty cell, which the table
     * reads as nothing. Only when every run of values is so placed, and none is longer than its label's rows are in
     * the layouts: a tool that wrote labels away from their values ({@code pdftotext} without options, for a label
     * spanning rows) leaves values whose label cannot be told, and then nothing is made (the rules report the tables
     * unread). True when rows were made.
     */
    static boolean aCellALine(List<RawLine> lines) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isRow() || !isLoneValue(lines.get(i).text())) {
                continue;
            }
            int last = i;
            int count = 0;
            for (int k = i; k < lines.size() && !lines.get(k).isRow() && (isLoneValue(lines.get(k).text())
                    || CellValues.isWhitespaceOnly(lines.get(k).text())); k++) {
                if (!CellValues.isWhitespaceOnly(lines.get(k).text())) {
                    last = k;
                    count++;
                }
            }
            Run run = labelBefore(lines, i, last);
            if (run != null ? count > TableExtractor.maxValues(Labels.normalised(run.label)) : count != T4_CELLS
                    && count > 1) {
                return false; // values whose label cannot be told
            }
            if (run != null) {
                runs.add(run);
            } else if (count == T4_CELLS) {
                runs.add(new Run(null, List.of(), i, last));
            }
            i = last;
        }
        for (Run run : runs) {
            List<String> cells = new ArrayList<>();
            int at = run.pieces.isEmpty() ? run.first : run.pieces.get(run.pieces.size() - 1);
            if (run.label != null) {
                cells.add(run.label);
                run.pieces.forEach(k -> lines.set(k, joined(lines.get(k))));
            } else {
                tableFourHeader(lines, run.first);
            }
            for (int k = run.first; k <= run.last; k++) {
                RawLine v = lines.get(k);
                if (!CellValues.isWhitespaceOnly(v.text())) {
                    cells.add(v.text().strip());
                    lines.set(k, joined(v));
                }
            }
            RawLine row = lines.get(at);
            lines.set(at, new RawLine(row.number(), row.text(), List.copyOf(cells)));
        }
        return !runs.isEmpty();
    }

    /**
     * Makes rows of table 四's labels above its values at line {@code values}, set a label a line: those next to each
     * other (blank lines between) one row, as the table prints them side by side ("行政复议", "行政诉讼"), so that the
     * table reads the fifteen values by the header as it does the other layouts of the table.
     */
    private static void tableFourHeader(List<RawLine> lines, int values) {
        int from = values;
        for (int n = 0; from > 0 && n < MAX_LINES_BETWEEN_ROWS && values - from < 4 * MAX_LINES_BETWEEN_ROWS
                && !lines.get(from - 1).isRow(); from--) {
            n += CellValues.isWhitespaceOnly(lines.get(from - 1).text()) ? 0 : 1; // a blank line after each label
        }
        List<Integer> group = new ArrayList<>();
        for (int k = from; k <= values; k++) {
            String text = k < values ? lines.get(k).text().strip() : null;
            if (text != null && text.isEmpty()) {
                continue;
            }
            // "行政诉讼", over two of table 四's rows, is a row label of no layout of it
            if (text != null && TableExtractor.isRowLabelText(text)) {
                group.add(k);
                continue;
            }
            if (group.size() > 1
                    && group.stream().anyMatch(j -> TableExtractor.isTableFourLabel(lines.get(j).text().strip()))) {
                List<String> cells = new ArrayList<>();
                group.forEach(j -> cells.add(lines.get(j).text().strip()));
                group.subList(1, group.size()).forEach(j -> lines.set(j, joined(lines.get(j))));
                RawLine first = lines.get(group.get(0));
                lines.set(group.get(0), new RawLine(first.number(), first.text(), List.copyOf(cells)));
            }
            group.clear();
        }
    }

    /** The values on lines {@code first…last} and their row label, joined from the lines {@code pieces} (nearest first). */
    private record Run(String label, List<Integer> pieces, int first, int last) {
    }

    /**
     * The run of values on lines {@code first…last} with the row label on the lines right before it (blank lines
     * between allowed), joined from up to {@link #MAX_PIECES_BEFORE} of them when it wraps; null when none is.
     */
    private static Run labelBefore(List<RawLine> lines, int first, int last) {
        List<Integer> above = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int k = first - 1; k >= 0 && above.size() < MAX_PIECES_BEFORE; k--) {
            RawLine l = lines.get(k);
            if (CellValues.isWhitespaceOnly(l.text())) {
                continue;
            }
            if (l.isRow() || isLoneValue(l.text()) || l.text().length() > MAX_ROW_CHARS) {
                break;
            }
            above.add(k);
            texts.add(l.text().strip());
        }
        PdfTableLabels.Joined j = PdfTableLabels.joined(texts, null, List.of(), TableExtractor::isRowLabelText);
        return j == null ? null : new Run(j.text(), above.subList(0, j.above()), first, last);
    }

    /**
     * The parts of a line without a gap that is row labels set one space apart, as {@code pdftotext -raw} writes the
     * labels over table 四 ("行政复议 行政诉讼"); else null.
     */
    private static List<String> labelsOneSpaceApart(String line) {
        String text = line.strip();
        if (text.length() > MAX_ROW_CHARS || hasGap(text, 0, text.length())) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSpace(text.charAt(i))) {
                String part = text.substring(from, i);
                if (!TableExtractor.isRowLabelText(part)) {
                    return null;
                }
                parts.add(part);
                from = i + 1;
            }
        }
        return parts.size() >= 2 ? List.copyOf(parts) : null;
    }

    /**
     * Mends, in place, what wrapping did to the rows of a table laid out with spaces (as {@code pdftotext -layout}
     * writes a row whose label wraps inside its column). The rows' labels are joined with the short lines above and
     * below them as the PDF reader joins a table's visual lines ({@link PdfTableLabels#join}, each line one unit of
     * height apart), and so does a row of values alone, which has no label cell to join them to ("（二）部分公开（区分处理
     * 的，只计这一情" above "447 7 0 0 0 0 454" and "形，不计其他情形）" below it). The lines so joined,
     * and the short lines left between rows (pieces of headers, a heading set vertically), become rows of one cell:
     * the rows around them stay one table, and the text keeps none of them. For the lines of a text in which
     * {@link #cells} found rows, after {@link #aboveRows}.
     */
    static void wrappedLabels(List<RawLine> lines) {
        List<PdfPage.Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RawLine l = lines.get(i);
            if (!CellValues.isWhitespaceOnly(l.text())) {
                items.add(new PdfPage.Item(l.text().strip(), l.cells(), 0, 0, i, 1));
            }
        }
        boolean[] kept = new boolean[lines.size()];
        for (PdfPage.Item it : PdfTableLabels.join(items)) {
            int i = (int) it.y();
            kept[i] = true;
            RawLine l = lines.get(i);
            if (it.cells() != l.cells()) {
                lines.set(i, new RawLine(l.number(), l.text(), it.cells()));
            }
        }
        for (PdfPage.Item it : items) {
            int i = (int) it.y();
            if (!kept[i]) {
                lines.set(i, joined(lines.get(i)));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            RawLine row = lines.get(i);
            if (row.isRow() && valuesOnly(row.cells())) {
                joinAround(lines, i);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            RawLine l = lines.get(i);
            if (isPiece(l) && rowWithin(lines, i, -1) && rowWithin(lines, i, 1)) {
                lines.set(i, new RawLine(l.number(), l.text(), List.of(l.text().strip())));
            }
        }
    }

    /** A line joined into a row's label: a row of one empty cell, which the table reads as nothing. */
    private static RawLine joined(RawLine l) {
        return new RawLine(l.number(), l.text(), List.of(""));
    }

    /**
     * Joins the pieces right above and below the row of values at {@code at} into its label, if some do make a row
     * label ({@link PdfTableLabels#joined}).
     */
    private static void joinAround(List<RawLine> lines, int at) {
        // a row written without gaps (pdftotext -raw) has its whole label on the lines before it
        boolean before = !hasGap(lines.get(at).text(), 0, lines.get(at).text().length());
        List<Integer> above = before ? piecesBefore(lines, at) : pieces(lines, at, -1, MAX_PIECES);
        List<Integer> below = before ? List.of() : pieces(lines, at, 1, MAX_PIECES);
        PdfTableLabels.Joined j = PdfTableLabels.joined(texts(lines, above), null, texts(lines, below),
                text -> TableExtractor.isRowLabelOrCore(Labels.normalised(text)));
        if (j != null) {
            RawLine row = lines.get(at);
            List<String> cells = new ArrayList<>(row.cells().size() + 1);
            cells.add(j.text());
            cells.addAll(row.cells());
            lines.set(at, new RawLine(row.number(), row.text(), cells));
            above.subList(0, j.above()).forEach(k -> lines.set(k, joined(lines.get(k))));
            below.subList(0, j.below()).forEach(k -> lines.set(k, joined(lines.get(k))));
        }
    }

    private static List<String> texts(List<RawLine> lines, List<Integer> at) {
        List<String> out = new ArrayList<>(at.size());
        for (int k : at) {
            out.add(lines.get(k).text());
        }
        return out;
    }

    /** At most {@code max} pieces right above ({@code step} −1) or below (+1) line {@code at}, nearest first. */
    private static List<Integer> pieces(List<RawLine> lines, int at, int step, int max) {
        List<Integer> out = new ArrayList<>();
        for (int k = at + step; k >= 0 && k < lines.size() && out.size() < max && isPiece(lines.get(k));
                k += step) {
            out.add(k);
        }
        return out;
    }

    /**
     * The pieces of a label written before its row's values, nearest first: as {@link #pieces} above, and the line
     * that opens the label with its numbering ("一、本年新收政府信" above "息公开申请数量").
     */
    private static List<Integer> piecesBefore(List<RawLine> lines, int at) {
        List<Integer> out = pieces(lines, at, -1, MAX_PIECES_BEFORE);
        int k = at - 1 - out.size();
        if (k >= 0 && out.size() < MAX_PIECES_BEFORE && isNumberedPiece(lines.get(k))) {
            out.add(k);
        }
        return out;
    }

    /** A short line, not a row or a sentence, that opens with a numeral: a wrapped label's first line, or a heading. */
    private static boolean isNumberedPiece(RawLine l) {
        String s = l.text().strip();
        return !l.isRow() && !s.isEmpty() && s.indexOf('。') < 0 && Numerals.isHeadingNumeral(s.charAt(0))
                && Texts.compact(s).length() <= MAX_PIECE_CHARS;
    }

    /**
     * True when a row stands within {@link #MAX_BETWEEN_ROWS} lines from {@code at} in the direction {@code step},
     * with only pieces and blank lines between (a header of several lines set in narrow columns).
     */
    private static boolean rowWithin(List<RawLine> lines, int at, int step) {
        int last = at + step * MAX_LINES_BETWEEN_ROWS; // bounds the walk over a run of short pieces
        for (int k = at + step, n = 0; k >= 0 && k < lines.size() && k != last && n < MAX_BETWEEN_ROWS; k += step) {
            RawLine l = lines.get(k);
            if (l.isRow()) {
                return true;
            }
            if (!isPiece(l) && !CellValues.isWhitespaceOnly(l.text())) {
                return false;
            }
            if (Texts.compact(l.text()).length() > MAX_HEADER_PIECE_CHARS) {
                n++;
            }
        }
        return false;
    }

    /**
     * A short line that is not a row and not a sentence: a piece of a wrapped label. A line that opens with a numeral
     * and goes on ("四、政府信息公开行政复议…", the heading of the part that holds the next table) is one only when it is
     * a row label itself; a numeral alone ("三、" of a heading set vertically) or with a character of a label set in a
     * narrow column ("三、本") is one.
     */
    private static boolean isPiece(RawLine l) {
        if (l.isRow()) {
            return false;
        }
        String s = l.text().strip();
        if (s.isEmpty() || s.length() > MAX_ROW_CHARS || s.indexOf('。') >= 0) {
            return false;
        }
        int chars = Texts.compact(s).length();
        return chars <= MAX_PIECE_CHARS && (!Numerals.isHeadingNumeral(s.charAt(0)) || chars <= MAX_NUMBERED_PIECE_CHARS
                || TableExtractor.isRowLabel(Labels.normalised(s)));
    }

    private static boolean valuesOnly(List<String> cells) {
        for (String c : cells) {
            if (state(c) == CellState.INVALID) {
                return false;
            }
        }
        return true;
    }

    /** The cells of a space-aligned row, or null when the line is not one. */
    static List<String> cells(String line) {
        List<String> parts = parts(line, false);
        if (parts == null) {
            return null; // most lines: a paragraph has no gap, or is a sentence
        }
        int numbers = 0;
        for (String p : parts) {
            if (state(p) == CellState.NUMBER) {
                numbers++;
            }
        }
        if (parts.size() >= 3 && numbers >= 2) {
            return parts;
        }
        // labels are looked up by their keys (a hash look-up each), never matched loosely: a line is a row only by
        // labels that are the layouts' own
        List<Labels.Normalised> labels = new ArrayList<>(parts.size());
        int rowLabels = 0;
        for (String p : parts) {
            Labels.Normalised n = Labels.normalised(p);
            labels.add(n);
            rowLabels += TableExtractor.isRowLabel(n) ? 1 : 0;
        }
        boolean row = PdfTableLabels.isHeaderOf(labels) || rowLabels == parts.size()
                || rowLabels > 0 && state(parts.get(parts.size() - 1)) != CellState.INVALID;
        return row ? parts : null;
    }

    /**
     * The parts of a line between its gaps, or null when it has none, or is a sentence (holds a full stop, which no
     * label of a layout has) and {@code sentences} is false.
     */
    private static List<String> parts(String line, boolean sentences) {
        int end = endOfText(line);
        int start = startOfText(line, end);
        if (end - start > MAX_ROW_CHARS || !sentences && line.indexOf('。') >= 0) {
            return null;
        }
        if (!hasGap(line, start, end)) {
            return trailingValues(line, start, end);
        }
        List<String> parts = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; ) {
            if (isSpace(line.charAt(i)) && i + 1 < end && isSpace(line.charAt(i + 1))) {
                if (parts.size() > MAX_PARTS) {
                    return null;
                }
                addPart(parts, line.substring(from, i));
                while (i < end && isSpace(line.charAt(i))) {
                    i++;
                }
                from = i;
            } else {
                i++;
            }
        }
        addPart(parts, line.substring(from, end));
        return parts.size() > MAX_PARTS ? null : List.copyOf(parts);
    }

    /**
     * The parts of a line without a gap that ends in values set one space apart, as {@code pdftotext -raw} and copies
     * from PDF viewers write a table's rows ("规章 1 0 11", "447 7 0 0 0 0 454"): each value is a part, and the text
     * before them one part, or two when it is a row label after a piece of the label of a merged column ("法提供
     * 2.没有现成信息需要另行制作 11 0 …"). Null when the line does not end in a value.
     */
    private static List<String> trailingValues(String line, int start, int end) {
        List<String> values = new ArrayList<>();
        int to = end;
        while (to > start && values.size() <= MAX_PARTS) {
            int from = to;
            while (from > start && !isSpace(line.charAt(from - 1))) {
                from--;
            }
            String value = line.substring(from, to);
            if (state(value) == CellState.INVALID) {
                break;
            }
            values.add(value);
            to = from;
            while (to > start && isSpace(line.charAt(to - 1))) {
                to--;
            }
        }
        if (values.isEmpty() || values.size() > MAX_PARTS) {
            return null;
        }
        List<String> parts = new ArrayList<>(values.size() + 2);
        if (to > start) {
            String text = line.substring(start, to);
            int split = labelAfterPiece(text);
            if (split > 0) {
                parts.add(text.substring(0, split).strip());
                parts.add(text.substring(split));
            } else {
                parts.add(text);
            }
        }
        for (int i = values.size() - 1; i >= 0; i--) {
            parts.add(values.get(i));
        }
        return List.copyOf(parts);
    }

    /**
     * Where the row label starts in a text that is not one itself but ends in one after a space and a piece of at most
     * {@link #MAX_HEADER_PIECE_CHARS} * 2 characters, or -1: the longest such label.
     */
    private static int labelAfterPiece(String text) {
        if (TableExtractor.isRowLabelText(text)) {
            return -1;
        }
        for (int i = 0; i < text.length() && i <= 2 * MAX_HEADER_PIECE_CHARS; i++) {
            if (isSpace(text.charAt(i)) && i + 1 < text.length() && !isSpace(text.charAt(i + 1))
                    && TableExtractor.isRowLabelText(text.substring(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * True when a line may end in a value set apart by a space ({@link #trailingValues}): its last character is a
     * digit or a blank mark, and it has a space. The test every paragraph line of a text gets, so a cheap one.
     */
    static boolean mayEndInValues(String line) {
        int end = endOfText(line);
        if (end == 0 || !mayEndInValue(line.charAt(end - 1))) {
            return false;
        }
        return line.lastIndexOf(' ', end - 1) >= 0 || line.lastIndexOf('\u3000', end - 1) >= 0
                || line.lastIndexOf('\u00a0', end - 1) >= 0;
    }

    /** True when a value may end in {@code c}: a digit, full-width too, or a blank mark. */
    private static boolean mayEndInValue(char c) {
        return Chars.isDigit(c) || c >= '０' && c <= '９' || CellValues.BLANK_MARKS.indexOf(c) >= 0;
    }

    /** A part; a run of values set one space apart ("0 0 0", "0 / 0") is a part per value. */
    private static void addPart(List<String> parts, String part) {
        int space = part.indexOf(' ');
        if (space < 0 || state(part.substring(0, space)) == CellState.INVALID) {
            parts.add(part);
            return;
        }
        String[] values = part.split(" ");
        for (String v : values) {
            if (state(v) == CellState.INVALID) {
                parts.add(part);
                return;
            }
        }
        parts.addAll(List.of(values));
    }

    /** What a part holds as a table cell: a number, a blank ("/", "—", "无") or something else. */
    private static CellState state(String part) {
        return CellValues.parse(Texts.compact(part)).state();
    }

    /**
     * True when {@code line[start, end)} holds two spaces in a row. Each kind of space is searched with
     * {@link String#indexOf(int, int)}, much faster than a loop over the characters: every paragraph line is tested.
     */
    private static boolean hasGap(String line, int start, int end) {
        return hasGapAt(line, ' ', start, end) || hasGapAt(line, '\u3000', start, end)
                || hasGapAt(line, '\u00a0', start, end);
    }

    /** True when a {@code space} in {@code line[start, end)} is followed by a space. */
    private static boolean hasGapAt(String line, char space, int start, int end) {
        for (int i = line.indexOf(space, start); i >= 0 && i + 1 < end; i = line.indexOf(space, i + 1)) {
            if (isSpace(line.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Where the line's text ends, before the spaces that end the line. */
    private static int endOfText(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Where the line's text starts, after the spaces that open it, up to {@code end}. */
    private static int startOfText(String line, int end) {
        int start = 0;
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        return start;
    }

    /** A space between columns: ASCII, no-break or ideographic. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }
}
