package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ogichecker.layout.Labels;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.model.Cell;
import org.ogichecker.model.TableInfo;
import org.ogichecker.text.Texts;
import org.ogichecker.text.internal.Chars;

/**
 * Finds the statistics tables among the table rows a format reader delivers and reads their cells
 * with the {@link Layouts}. Works on generic rows of cells: a block is a run of rows (blank lines and
 * page numbers may interrupt it); rows laid out one cell per line (a leading tab, then one cell,
 * records separated by blank lines) are merged back into rows; a block is split into tables by the
 * layout its row labels belong to; rows that form no known table are handed back as paragraphs.
 */
final class TableExtractor {

    /** The tables found, their cells, and every line that is not part of a table, in order. */
    record Result(List<TableInfo> tables, List<Cell> cells, List<RawLine> paragraphs) {
    }

    /**
     * A cell as printed and the line it is on, with what it holds, its normalised label and its label as
     * reported, each computed once when first asked: every layout of the table type reads the same pieces,
     * and the three share one normalisation of the text. Few fields: a table has many pieces.
     */
    static final class Piece {
        private final String text;
        private final int line;
        private final boolean blank;
        private String normalised;
        private CellValues.Value value;
        private Labels.Normalised label;
        /** True when the label was made by {@link Labels#ofCommon}: its key is the text mapped char by char. */
        private boolean commonLabel;
        private String printed;

        Piece(String text, int line) {
            this.text = text;
            this.line = line;
            this.blank = CellValues.isWhitespaceOnly(text);
        }

        String text() {
            return text;
        }

        int line() {
            return line;
        }

        /** True when the text is empty or only whitespace. */
        boolean isBlank() {
            return blank;
        }

        /**
         * What the cell holds; for a cell that is not plain digits, the label is made too, from the same pass over
         * the text: a text with a character that no number has, as every label, is not normalised into a string.
         */
        CellValues.Value value() {
            if (value == null) {
                // whitespace is all space characters, which compacting removes: what an empty text holds
                value = blank ? CellValues.BLANK : CellValues.plainNumber(text);
                if (value == null) {
                    label = Labels.ofCommon(text);
                    commonLabel = label != null;
                    if (label != null && CellValues.isText(label.key())) {
                        value = CellValues.INVALID;
                    } else {
                        String compact = compact();
                        value = CellValues.parse(compact);
                        if (label == null && !value.isNumber() && !value.isBlank()) {
                            label = Labels.ofCompact(compact);
                        }
                    }
                }
            }
            return value;
        }

        /** The text trimmed, as the cell reports it (asked for once: a piece makes at most one cell). */
        String raw() {
            return CellValues.strip(text);
        }

        Labels.Normalised label() {
            if (label == null) {
                label = Labels.ofCompact(compact());
            }
            return label;
        }

        /** The printed label, normalised, with runs of spaces collapsed. */
        String printed() {
            if (printed == null) {
                if (!commonLabel) {
                    printed = collapseSpaces(CellValues.strip(normalised()));
                } else {
                    // a key as long as the text and without quotes lost no space or colon: it is the normalised text
                    String key = label.key();
                    printed = key.length() == text.length() && key.indexOf('"') < 0 ? key : printedOfCommon(text);
                }
            }
            return printed;
        }

        private String normalised() {
            if (normalised == null) {
                normalised = Texts.normalize(text);
            }
            return normalised;
        }

        /** {@link Texts#compact} of the text. */
        private String compact() {
            return Texts.removeSpaces(normalised());
        }
    }

    /** A logical table row, and its {@link TableParse.Split}, computed once for every layout that reads the row. */
    static final class Row {
        private final List<Piece> cells;
        private final int first;
        private final int last;
        private TableParse.Split split;

        Row(List<Piece> cells, int first, int last) {
            this.cells = cells;
            this.first = first;
            this.last = last;
        }

        List<Piece> cells() {
            return cells;
        }

        int first() {
            return first;
        }

        int last() {
            return last;
        }

        TableParse.Split split() {
            if (split == null) {
                split = TableParse.split(this);
            }
            return split;
        }
    }

    /** Table types in the order used to break ties when a label belongs to more than one. */
    private static final List<String> TYPES = List.of(Layouts.T2, Layouts.T3, Layouts.T4, Layouts.OLD);
    /** The layouts of each table type, in the order of {@link Layouts#all}: the first wins a tie. */
    private static final Map<String, List<TableLayout>> LAYOUTS = Layouts.all().stream()
            .collect(Collectors.groupingBy(TableLayout::table));
    /** Minimum number of rows whose label belongs to a table type for a block part to be that table. */
    private static final int MIN_TYPED_ROWS = 2;
    /**
     * Label key (and core of at least four characters) to the table types that have such a row, as a bit
     * set of indexes in {@link #TYPES}.
     */
    private static final Map<String, Integer> TYPE_INDEX = typeIndex();
    /** The length of the longest key in {@link #TYPE_INDEX}. */
    private static final int LONGEST_ROW_LABEL = TYPE_INDEX.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** Possessive: the runs of spaces around the number must not be shared out by backtracking (quadratic). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－\\s]*+(?:第\\s*+)?\\d{1,3}+\\s*+(?:页|/\\s*+\\d{1,3}+)?(?:\\s*+共\\s*+\\d{1,3}+\\s*+页)?[-—－\\s]*+");

    private TableExtractor() {
    }

    static Result extract(List<RawLine> lines) {
        List<TableInfo> tables = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int n = lines.size();
        List<RawLine> paragraphs = new ArrayList<>(n); // most lines are
        int i = 0;
        while (i < n) {
            RawLine l = lines.get(i);
            if (!l.isRow()) {
                paragraphs.add(l);
                i++;
                continue;
            }
            int lastRow = i;
            int j = i + 1;
            while (j < n) {
                RawLine lj = lines.get(j);
                if (lj.isRow()) {
                    lastRow = j;
                } else if (!CellValues.isWhitespaceOnly(lj.text()) && !PAGE_NUMBER.matcher(Texts.normalize(lj.text())).matches()) {
                    break;
                }
                j++;
            }
            readBlock(rows(lines, i, lastRow + 1), tables, cells, paragraphs);
            i = lastRow + 1;
        }
        if (!inOrder(paragraphs)) { // they are, unless a reader numbered its lines out of order
            paragraphs.sort(Comparator.comparingInt(RawLine::number));
        }
        return new Result(tables, cells, paragraphs);
    }

    private static boolean inOrder(List<RawLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i - 1).number() > lines.get(i).number()) {
                return false;
            }
        }
        return true;
    }

    private static void readBlock(List<Row> rows, List<TableInfo> tables, List<Cell> cells,
            List<RawLine> paragraphs) {
        for (Segment s : segments(rows)) {
            if (s.typedRows < MIN_TYPED_ROWS) {
                s.rows.forEach(r -> paragraphs.add(asParagraph(r)));
                continue;
            }
            // the layouts are scored first and only the best one reads the cells
            List<TableLayout> candidates = LAYOUTS.get(TYPES.get(s.type));
            TableLayout layout = candidates.get(0);
            if (candidates.size() > 1) {
                int bestScore = TableParse.score(layout, s.rows);
                for (TableLayout other : candidates.subList(1, candidates.size())) {
                    int score = TableParse.score(other, s.rows);
                    if (score > bestScore) {
                        layout = other;
                        bestScore = score;
                    }
                }
            }
            TableParse best = TableParse.parse(layout, s.rows);
            tables.add(best.info());
            cells.addAll(best.cells());
        }
    }

    /**
     * Rows of the block {@code lines[from, to)}, with one-cell-per-line records merged (a record ends at a blank
     * line). Indexed loops: the lines and cells are immutable lists of several classes, whose iterators would be
     * called through a megamorphic interface call.
     */
    private static List<Row> rows(List<RawLine> lines, int from, int to) {
        List<Row> rows = new ArrayList<>();
        List<Piece> record = null;
        for (int k = from; k < to; k++) {
            RawLine l = lines.get(k);
            List<String> c = l.cells();
            if (c != null && c.size() == 2 && CellValues.isWhitespaceOnly(c.get(0))) {
                if (record == null) {
                    record = new ArrayList<>();
                }
                record.add(new Piece(c.get(1), l.number()));
                continue;
            }
            if (record != null) {
                rows.add(record(record));
                record = null;
            }
            if (c != null) {
                int n = c.size();
                List<Piece> pieces = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    pieces.add(new Piece(c.get(i), l.number()));
                }
                rows.add(new Row(pieces, l.number(), l.number()));
            }
        }
        if (record != null) {
            rows.add(record(record));
        }
        return rows;
    }

    /** A row of the cells of a one-cell-per-line record: an ArrayList as the other rows, so calls on cells inline. */
    private static Row record(List<Piece> pieces) {
        return new Row(pieces, pieces.get(0).line(), pieces.get(pieces.size() - 1).line());
    }

    private static RawLine asParagraph(Row r) {
        StringBuilder b = new StringBuilder();
        for (Piece p : r.cells()) {
            if (!p.isBlank()) {
                b.append(b.isEmpty() ? "" : " ").append(p.text().strip());
            }
        }
        return new RawLine(r.first(), b.toString(), null);
    }

    // ---------------------------------------------------------------- splitting a block into tables

    private static final class Segment {
        /** The index of the table type in {@link #TYPES}, or -1 for rows of no table. */
        final int type;
        final List<Row> rows = new ArrayList<>();
        int typedRows;

        Segment(int type) {
            this.type = type;
        }
    }

    private static List<Segment> segments(List<Row> rows) {
        List<Segment> segs = new ArrayList<>();
        List<Row> before = new ArrayList<>();
        Segment cur = null;
        for (Row r : rows) {
            int types = typesOf(r);
            if (types == 0) {
                (cur == null ? before : cur.rows).add(r);
                continue;
            }
            if (cur == null || (types & 1 << cur.type) == 0) {
                cur = new Segment(Integer.numberOfTrailingZeros(types));
                if (segs.isEmpty()) {
                    cur.rows.addAll(before);
                    before.clear();
                }
                segs.add(cur);
            }
            cur.rows.add(r);
            cur.typedRows++;
        }
        if (!before.isEmpty()) {
            Segment none = new Segment(-1);
            none.rows.addAll(before);
            segs.add(none);
        }
        return segs;
    }

    /**
     * The table types the row's labels belong to, as a bit set. Cells that read as numbers or blanks are
     * skipped: no layout label reads so (TableExtractorTest checks), and most cells are numbers.
     */
    private static int typesOf(Row r) {
        int types = 0;
        List<Piece> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            Piece p = cells.get(i);
            if (p.isBlank() || p.value().isNumber() || p.value().isBlank()) {
                continue;
            }
            Integer t = TYPE_INDEX.get(p.label().key());
            if (t == null) {
                String core = p.label().core();
                t = core.length() >= 4 ? TYPE_INDEX.get(core) : null;
            }
            if (t != null) {
                types |= t;
            }
        }
        return types;
    }

    /**
     * True when the label, normalised, is a row label (or an accepted variant) of some layout, as printed or, from
     * four characters, without its numbering ({@link Labels.Normalised#core}).
     */
    static boolean isRowLabel(Labels.Normalised label) {
        return TYPE_INDEX.containsKey(label.key());
    }

    /** True when the text is a row label of table 四 ({@link Layouts#T4}). */
    static boolean isTableFourLabel(String text) {
        Integer types = text.length() <= 2 * LONGEST_ROW_LABEL ? TYPE_INDEX.get(Labels.normalised(text).key()) : null;
        return types != null && (types & typeBit(Layouts.T4)) != 0;
    }

    /**
     * The most values a row labelled {@code label} has in a layout of a table type the label belongs to; 0 when it
     * is no row label.
     */
    static int maxValues(Labels.Normalised label) {
        Integer types = TYPE_INDEX.get(label.key());
        int max = 0;
        for (int t = 0; types != null && t < TYPES.size(); t++) {
            if ((types & 1 << t) != 0) {
                for (TableLayout layout : LAYOUTS.get(TYPES.get(t))) {
                    for (RowDef row : layout.rows()) {
                        max = Math.max(max, row.columns().size());
                    }
                }
            }
        }
        return max;
    }

    /**
     * {@link #isRowLabel} of a text, normalised only when it may be one: its key is at most as long as the longest
     * label's, and a label justified with a space between its characters is twice as long.
     */
    static boolean isRowLabelText(String text) {
        return text.length() <= 2 * LONGEST_ROW_LABEL && isRowLabel(Labels.normalised(text));
    }

    /** {@link #isRowLabel}, or the label's {@link Labels.Normalised#core core} is, from four characters, as {@link #typesOf} takes it. */
    static boolean isRowLabelOrCore(Labels.Normalised label) {
        return isRowLabel(label) || label.core().length() >= 4 && TYPE_INDEX.containsKey(label.core());
    }

    private static int typeBit(String type) {
        return 1 << TYPES.indexOf(type);
    }

    private static Map<String, Integer> typeIndex() {
        Map<String, Integer> m = new HashMap<>();
        for (TableLayout layout : Layouts.all()) {
            for (String label : layout.rowLabels()) {
                // the key and core of a layout label are the strings the pieces' labels have: found by identity
                Labels.Normalised n = Labels.normalised(label);
                m.merge(n.key(), typeBit(layout.table()), (a, b) -> a | b);
                if (n.core().length() >= 4) {
                    m.merge(n.core(), typeBit(layout.table()), (a, b) -> a | b);
                }
            }
        }
        return m;
    }

    /**
     * {@code collapseSpaces(strip(Texts.normalize(text)))} of a text whose characters are all {@link Texts#common
     * common}, in one pass: each is normalised alone, and every whitespace among them is ASCII once normalised.
     */
    static String printedOfCommon(String text) {
        int from = 0;
        while (from < text.length() && CellValues.isWhitespace(Texts.common(text.charAt(from)))) {
            from++;
        }
        int to = text.length();
        while (to > from && CellValues.isWhitespace(Texts.common(text.charAt(to - 1)))) {
            to--;
        }
        char[] out = new char[to - from];
        int length = 0;
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            char c = Texts.common(text.charAt(i));
            boolean space = Chars.isRegexSpace(c);
            if (!(space && inRun)) {
                out[length++] = space ? ' ' : c;
            }
            inRun = space;
        }
        return new String(out, 0, length);
    }

    /** Each run of the spaces that {@code \s} stands for replaced by one ' '; most labels are returned as they are. */
    private static String collapseSpaces(String s) {
        StringBuilder b = null;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Chars.isRegexSpace(c);
            if (b == null && space && (inRun || c != ' ')) {
                b = new StringBuilder(s.length()).append(s, 0, i); // everything before is collapsed already
            }
            if (b != null && !(space && inRun)) {
                b.append(space ? ' ' : c);
            }
            inRun = space;
        }
        return b == null ? s : b.toString();
    }
}
