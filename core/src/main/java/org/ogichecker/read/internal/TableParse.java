package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ogichecker.layout.ColumnDef;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.model.Cell;
import org.ogichecker.model.TableInfo;
import org.ogichecker.read.internal.TableExtractor.Piece;
import org.ogichecker.read.internal.TableExtractor.Row;

/**
 * Reads the rows of one table with one layout: matches row labels (in document order, so repeated
 * labels land in the right row), skips header rows, aligns the values to the row's columns and
 * records what does not fit. {@link #score()} says how well the layout fits, to choose between the
 * trial and the 2021 versions of a table.
 */
final class TableParse {

    private final TableLayout layout;
    /** False when only the score is wanted: it does not depend on the cells, which cost most to read. */
    private final boolean withCells;
    private final List<Cell> cells;
    /** The rows read, by index in the layout, and how many. */
    private final boolean[] seen;
    private int seenCount;
    private final Set<String> headerColumns = new HashSet<>();
    private final Set<String> missingColumns = new LinkedHashSet<>();
    private final List<String> extraRows = new ArrayList<>();
    private final List<String> labelVariants = new ArrayList<>();
    private int groupsWithNumbers;
    /** Whether some row read by position had fewer values than columns. */
    private boolean shortRows;
    private int first = Integer.MAX_VALUE;
    private int last;

    /** The label cells and the value cells of a row, and whether a value cell holds a number or text. */
    record Split(List<Piece> labels, List<Piece> values, boolean hasNumber, boolean hasText) {
    }

    private record Hit(TableLayout.RowMatch match, Piece label) {
    }

    private TableParse(TableLayout layout, boolean withCells) {
        this.layout = layout;
        this.withCells = withCells;
        this.cells = new ArrayList<>(withCells ? cellCount(layout) : 0);
        this.seen = new boolean[layout.rows().size()];
    }

    static TableParse parse(TableLayout layout, List<Row> rows) {
        TableParse p = new TableParse(layout, true);
        p.read(rows);
        return p;
    }

    /** The number of cells of the layout, the number a table that fits it has. */
    private static int cellCount(TableLayout layout) {
        int n = 0;
        for (RowDef r : layout.dataRows()) {
            n += r.columns().size();
        }
        return n;
    }

    /** The {@link #score()} of {@link #parse}, without reading the cells. */
    static int score(TableLayout layout, List<Row> rows) {
        TableParse p = new TableParse(layout, false);
        p.read(rows);
        return p.score();
    }

    private void read(List<Row> rows) {
        int after = -1;
        List<ColumnDef> blockHeader = null;
        for (Row row : rows) {
            first = Math.min(first, row.first());
            last = Math.max(last, row.last());
            Split s = row.split();
            // labels side by side with no value (行政复议 | 行政诉讼 over table 四) head the columns as a header does
            if (!s.hasNumber && (s.hasText || s.values().isEmpty() && s.labels().size() > 1 || isHeader(row))) {
                List<ColumnDef> positions = header(row);
                if (layout.table().equals(Layouts.T2) && !allNull(positions)) {
                    blockHeader = positions;
                }
                continue;
            }
            if (s.labels().isEmpty()) {
                // a row of printed blanks ("/" in every cell) is table 四 with no cases, not noise
                if (!allBlank(s.values()) && !valueRow(s, row) && s.hasNumber) {
                    extraRows.add(joined(s.values()));
                }
                continue;
            }
            Hit hit = match(s.labels(), after);
            if (hit == null) {
                if (s.hasNumber) {
                    extraRows.add(joined(s.labels()));
                }
                continue;
            }
            RowDef r = hit.match().row();
            after = hit.match().index();
            if (r.group()) {
                if (s.hasNumber) {
                    groupsWithNumbers++;
                }
                if (layout.table().equals(Layouts.T2)) {
                    blockHeader = null;
                }
                continue;
            }
            if (!see(after) || !withCells) {
                continue;
            }
            String label = hit.label().printed();
            if (!hit.match().exact()) {
                labelVariants.add(label);
            }
            if (blockHeader != null && blockHeader.size() == s.values().size()) {
                positional(r, label, s, blockHeader, row);
            } else {
                if (blockHeader != null) {
                    for (String k : r.columns()) {
                        if (!hasColumn(blockHeader, k)) {
                            missingColumns.add(k);
                        }
                    }
                }
                aligned(r, label, r.columns(), s.values(), row);
            }
        }
    }

    /** A row of the labels of the columns, such as 统计指标 | 单位 | 统计数 or 信息内容 | 本年制发件数 …. */
    private boolean isHeader(Row row) {
        for (Piece p : row.cells()) {
            if (!p.isBlank() && layout.matchColumn(p.label()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The columns a header row names, by position after its first non-blank cell. */
    private List<ColumnDef> header(Row row) {
        List<ColumnDef> positions = new ArrayList<>();
        boolean started = false;
        for (Piece p : row.cells()) {
            Optional<ColumnDef> c = p.isBlank() ? Optional.empty() : layout.matchColumn(p.label());
            c.ifPresent(col -> headerColumns.add(col.key()));
            if (started) {
                positions.add(c.orElse(null));
            } else if (!p.isBlank()) {
                started = true;
            }
        }
        return positions;
    }

    /** A row of values without a label: table 四 printed as one row of 15 cells. */
    private boolean valueRow(Split s, Row row) {
        if (!layout.table().equals(Layouts.T4)) {
            return false;
        }
        int width = Layouts.T4_COLUMNS.size();
        List<Piece> values = align(s.values(), width * Layouts.T4_BLOCKS.size());
        if (values.size() != width * Layouts.T4_BLOCKS.size()) {
            return false;
        }
        // the blocks are in layout order: one scan of the rows finds them. Not TableLayout.indexOf, which this rare
        // call left in C1 code (JDK 17) where the profiles showed it cost microseconds a call
        List<RowDef> rows = layout.rows();
        for (int index = 0, b = 0; index < rows.size() && b < Layouts.T4_BLOCKS.size(); index++) {
            RowDef r = rows.get(index);
            if (r.key().equals(Layouts.T4_BLOCKS.get(b))) {
                if (see(index) && withCells) {
                    aligned(r, r.label(), r.columns(), values.subList(b * width, (b + 1) * width), row);
                }
                b++;
            }
        }
        return true;
    }

    /** Marks the row at {@code index} read; false when it was already. */
    private boolean see(int index) {
        if (seen[index]) {
            return false;
        }
        seen[index] = true;
        seenCount++;
        return true;
    }

    private void positional(RowDef r, String label, Split s, List<ColumnDef> header, Row row) {
        for (String key : r.columns()) {
            int at = -1;
            for (int i = 0; i < header.size() && at < 0; i++) {
                if (header.get(i) != null && header.get(i).key().equals(key)) {
                    at = i;
                }
            }
            if (at < 0) {
                missingColumns.add(key);
            }
            add(r, label, key, at < 0 ? null : s.values().get(at), row);
        }
    }

    private void aligned(RowDef r, String label, List<String> columns, List<Piece> values, Row row) {
        List<Piece> v = align(values, columns.size());
        shortRows |= v.size() < columns.size();
        for (int i = 0; i < columns.size(); i++) {
            add(r, label, columns.get(i), i < v.size() ? v.get(i) : null, row);
        }
    }

    /** One cell; a value that is not printed at all (fewer cells than columns) reads as blank. */
    private void add(RowDef r, String label, String columnKey, Piece value, Row row) {
        CellValues.Value v = value == null ? CellValues.BLANK : value.value();
        cells.add(new Cell(layout.table(), r.key(), columnKey, label,
                columnLabel(columnKey), v.state(), v.number(),
                value == null ? "" : value.raw(),
                value == null ? row.last() : value.line()));
    }

    /** The label of the first column with this key, as {@link TableLayout#column}; a scan of a few columns. */
    private String columnLabel(String key) {
        List<ColumnDef> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef c = columns.get(i);
            if (c.key().equals(key)) {
                return c.label();
            }
        }
        return key;
    }

    /**
     * Values aligned to the expected count: empty cells at the ends (left over from spanning label
     * cells) are dropped until the count fits; surplus non-empty cells are cut at the end.
     */
    static List<Piece> align(List<Piece> values, int expected) {
        int from = 0;
        int to = values.size();
        while (to - from > expected) {
            if (values.get(to - 1).isBlank()) {
                to--;
            } else if (values.get(from).isBlank()) {
                from++;
            } else {
                break;
            }
        }
        return values.subList(from, Math.min(to, from + expected));
    }

    /**
     * Leading empty cells skipped; the label is the run of cells up to the first number or blank, and on over empty
     * cells that a unit follows, or a row label in a row with numbers: a label cell spanning columns ("（三）不予公开"
     * over two, before "1.属于国家秘密"; a label over three before the unit "条", in an HTML or Word table, or in a PDF
     * whose rows cut the columns differently) leaves empty cells, which are no values. (In a header, labels over
     * blanks head columns: 行政复议 over five, then 行政诉讼.)
     */
    static Split split(Row row) {
        List<Piece> c = row.cells();
        int k = 0;
        while (k < c.size() && c.get(k).isBlank()) {
            k++;
        }
        int labelsFrom = k;
        int lastNumber = NOT_LOOKED_FOR;
        while (k < c.size()) {
            if (isLabel(c.get(k))) {
                k++;
                continue;
            }
            int next = k;
            while (next < c.size() && c.get(next).isBlank()) {
                next++;
            }
            if (next == k || next == c.size() || !isLabel(c.get(next))) {
                break;
            }
            Piece p = c.get(next);
            if (!CellValues.isUnit(p.raw())) {
                if (!TableExtractor.isRowLabelOrCore(p.label())) {
                    break;
                }
                // looked for once: a row may hold many labels after empty cells
                lastNumber = lastNumber == NOT_LOOKED_FOR ? lastNumber(c) : lastNumber;
                if (lastNumber < next) {
                    break;
                }
            }
            k = next;
        }
        List<Piece> labels = c.subList(labelsFrom, k);
        List<Piece> values = labels.isEmpty() ? c : c.subList(k, c.size());
        boolean number = false;
        boolean text = false;
        for (Piece p : values) {
            number |= p.value().isNumber();
            text |= isLabel(p);
        }
        return new Split(labels, values, number, text);
    }

    /** What {@link #split} holds before it looks for the row's last number. */
    private static final int NOT_LOOKED_FOR = -2;

    /** The index of the last cell that holds a number, or −1. */
    private static int lastNumber(List<Piece> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (cells.get(i).value().isNumber()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLabel(Piece p) {
        CellValues.Value v = p.value();
        return !v.isNumber() && !v.isBlank();
    }

    /** The last label cell that names a data row wins (a group label may precede it); else a group, or null. */
    private Hit match(List<Piece> labels, int after) {
        Hit group = null;
        for (int i = labels.size() - 1; i >= 0; i--) {
            Optional<TableLayout.RowMatch> m = layout.match(labels.get(i).label(), after);
            if (m.isPresent()) {
                if (!m.get().row().group()) {
                    return new Hit(m.get(), labels.get(i));
                }
                if (group == null) {
                    group = new Hit(m.get(), labels.get(i));
                }
            }
        }
        return group;
    }

    private static boolean hasColumn(List<ColumnDef> header, String key) {
        for (ColumnDef c : header) {
            if (c != null && c.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allNull(List<ColumnDef> header) {
        for (ColumnDef c : header) {
            if (c != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean allBlank(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (!p.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (!p.isBlank()) {
                b.append(b.isEmpty() ? "" : " ").append(p.printed());
            }
        }
        return b.toString();
    }

    /** How well the layout fits: rows found and columns named, less rows and values that do not fit. */
    int score() {
        return seenCount + headerColumns.size() - extraRows.size() - groupsWithNumbers - missingRows().size();
    }

    /** The keys of the data rows, not optional, that were not read, in layout order. */
    private List<String> missingRows() {
        List<String> missing = new ArrayList<>();
        List<RowDef> rows = layout.rows();
        for (int i = 0; i < rows.size(); i++) {
            RowDef r = rows.get(i);
            if (!r.group() && !r.optional() && !seen[i]) {
                missing.add(r.key());
            }
        }
        return missing;
    }

    List<Cell> cells() {
        return cells;
    }

    TableInfo info() {
        List<String> missingRows = missingRows();
        List<String> missingCols = new ArrayList<>(missingColumns);
        // a header that does not name a column says it is missing only if some row lacks a value for it: when every
        // row fills every column, the header is merely unreadable (a header set in narrow columns, wrapped)
        if (!layout.table().equals(Layouts.T2) && !headerColumns.isEmpty() && shortRows) {
            layout.columns().stream().map(ColumnDef::key)
                    .filter(k -> !headerColumns.contains(k) && !missingCols.contains(k)).forEach(missingCols::add);
        }
        return new TableInfo(layout.table(), layout.id(), first, last, missingRows, missingCols, extraRows,
                labelVariants);
    }
}
