package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;

/**
 * The cells of the report being checked, for the rules and their helpers. Cells are not facts of the session:
 * inserting a fact per cell took about half of the time Drools spent on a report. Rules reach them here instead
 * ({@code $c : Cell(...) from CellIndex.cells($r, Layouts.T3, "1", "total")}), and each lookup returns only the
 * cells the rule is about, since a {@code from} makes a fact handle per object it returns. Built once per report
 * being checked (see {@link PerReport}).
 */
public final class CellIndex {

    private record Key(String table, String row, String column) {
    }

    /**
     * The first cell of each address, whether some address has several cells (a table printed twice), the tables
     * that have cells, and the cells the cell rules report, in report order.
     */
    private record Index(Map<Key, Cell> first, boolean repeats, Set<String> tables, List<Cell> blank,
                         List<Cell> invalid, List<Cell> negative, List<Cell> fraction) {
    }

    private static final PerReport<Index> INDEX = new PerReport<>(CellIndex::index);

    private CellIndex() {
    }

    private static Index index(Report r) {
        // sized for every cell: growing the map step by step took a third of the time of building it
        Map<Key, Cell> first = new HashMap<>(r.cells().size() * 4 / 3 + 1);
        boolean repeats = false;
        Set<String> tables = new HashSet<>();
        List<Cell> blank = new ArrayList<>();
        List<Cell> invalid = new ArrayList<>();
        List<Cell> negative = new ArrayList<>();
        List<Cell> fraction = new ArrayList<>();
        for (Cell c : r.cells()) {
            // the first cell wins, as in Report.cell
            repeats |= first.putIfAbsent(new Key(c.table(), c.rowKey(), c.columnKey()), c) != null;
            tables.add(c.table());
            switch (c.state()) {
                case BLANK -> blank.add(c);
                case INVALID -> invalid.add(c);
                case NUMBER -> {
                    if (c.value().signum() < 0) {
                        negative.add(c);
                    } else if (CellKinds.hasFraction(c.value())) {
                        fraction.add(c);
                    }
                }
            }
        }
        return new Index(first, repeats, tables, blank, invalid, negative, fraction);
    }

    /**
     * True when the report has cells of the table. A rule about a table's figures starts with
     * {@code Report(CellIndex.hasTable(this, ...))}: for a report without them, Drools then stops at the report
     * instead of linking, queueing and evaluating the rest of the rule, a fixed cost per rule and report.
     */
    public static boolean hasTable(Report r, String table) {
        return INDEX.of(r).tables().contains(table);
    }

    /** The same as {@code r.cell(table, row, column)}. */
    static Optional<Cell> cell(Report r, String table, String row, String column) {
        return Optional.ofNullable(INDEX.of(r).first().get(new Key(table, row, column)));
    }

    /** Every cell at this address, in report order: one, or none, unless the table was printed twice. */
    public static List<Cell> cells(Report r, String table, String row, String column) {
        Index index = INDEX.of(r);
        Cell first = index.first().get(new Key(table, row, column));
        if (first == null) {
            return List.of();
        }
        if (!index.repeats()) {
            return List.of(first);
        }
        return r.cells().stream()
                .filter(c -> c.table().equals(table) && c.rowKey().equals(row) && c.columnKey().equals(column))
                .toList();
    }

    /** The cells of a column of a table, every row, in report order. */
    public static List<Cell> column(Report r, String table, String column) {
        return r.cells().stream().filter(c -> c.table().equals(table) && c.columnKey().equals(column)).toList();
    }

    /** The cells of a table, in report order. */
    public static List<Cell> table(Report r, String table) {
        return r.cells().stream().filter(c -> c.table().equals(table)).toList();
    }

    /** The blank cells. */
    public static List<Cell> blank(Report r) {
        return INDEX.of(r).blank();
    }

    /** The cells that hold something other than a number. */
    public static List<Cell> invalid(Report r) {
        return INDEX.of(r).invalid();
    }

    /** The negative numbers. */
    public static List<Cell> negative(Report r) {
        return INDEX.of(r).negative();
    }

    /** The numbers of zero or more that are not whole. */
    public static List<Cell> fraction(Report r) {
        return INDEX.of(r).fraction();
    }
}
