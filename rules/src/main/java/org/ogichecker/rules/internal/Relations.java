package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;

/**
 * Arithmetic relations between table cells, for the rules' conditions. Each method returns an
 * empty list when a cell it needs is not in the report at all (the structure rules report that), so
 * that a rule written as {@code SumCheck(...) from Relations.columnSum(...)} simply does not match.
 */
public final class Relations {

    private Relations() {
    }

    /** In {@code column}: cell(totalRow) = Σ cell(partRows). */
    public static List<SumCheck> columnSum(Report r, String table, String totalRow, List<String> partRows,
            String column) {
        Optional<Cell> total = CellIndex.cell(r, table, totalRow, column);
        List<Cell> parts = new ArrayList<>();
        for (String p : partRows) {
            Optional<Cell> c = CellIndex.cell(r, table, p, column);
            if (c.isEmpty()) {
                return List.of();
            }
            parts.add(c.get());
        }
        return total.isEmpty() ? List.of() : List.of(sum(total.get(), parts));
    }

    /** In {@code row}: cell(totalColumn) = Σ cell(partColumns). */
    public static List<SumCheck> rowSum(Report r, String table, String row, String totalColumn,
            List<String> partColumns) {
        Optional<Cell> total = CellIndex.cell(r, table, row, totalColumn);
        List<Cell> parts = new ArrayList<>();
        for (String p : partColumns) {
            Optional<Cell> c = CellIndex.cell(r, table, row, p);
            if (c.isEmpty()) {
                return List.of();
            }
            parts.add(c.get());
        }
        return total.isEmpty() ? List.of() : List.of(sum(total.get(), parts));
    }

    /** {@code part} ≤ {@code whole} as a SumCheck with one part; HOLDS when part ≤ whole. */
    public static List<SumCheck> atMost(Report r, String table, String partRow, String partColumn, String wholeRow,
            String wholeColumn) {
        Optional<Cell> whole = CellIndex.cell(r, table, wholeRow, wholeColumn);
        Optional<Cell> part = CellIndex.cell(r, table, partRow, partColumn);
        if (whole.isEmpty() || part.isEmpty()) {
            return List.of();
        }
        Cell w = whole.get();
        Cell p = part.get();
        List<Cell> unknown = new ArrayList<>();
        if (!w.isNumber()) {
            unknown.add(w);
        }
        if (!p.isNumber()) {
            unknown.add(p);
        }
        BigDecimal known = p.isNumber() ? p.value() : BigDecimal.ZERO;
        SumCheck.Outcome o;
        if (!w.isNumber()) {
            o = SumCheck.Outcome.NOT_ASSESSABLE;
        } else if (known.compareTo(w.value()) > 0) {
            o = SumCheck.Outcome.VIOLATED;
        } else {
            o = p.isNumber() ? SumCheck.Outcome.HOLDS : SumCheck.Outcome.NOT_ASSESSABLE;
        }
        return List.of(new SumCheck(w, List.of(p), o, known, unknown));
    }

    /** Evaluates total = Σ parts with the blank semantics of {@link SumCheck}. */
    public static SumCheck sum(Cell total, List<Cell> parts) {
        BigDecimal known = BigDecimal.ZERO;
        List<Cell> unknown = new ArrayList<>();
        if (!total.isNumber()) {
            unknown.add(total);
        }
        boolean blankPart = false;
        for (Cell c : parts) {
            if (c.isNumber()) {
                known = known.add(c.value());
            } else {
                unknown.add(c);
                blankPart = true;
            }
        }
        SumCheck.Outcome o;
        if (!total.isNumber()) {
            o = SumCheck.Outcome.NOT_ASSESSABLE;
        } else {
            int cmp = known.compareTo(total.value());
            if (cmp == 0) {
                o = SumCheck.Outcome.HOLDS;
            } else if (cmp > 0 || !blankPart) {
                o = SumCheck.Outcome.VIOLATED;
            } else {
                o = SumCheck.Outcome.NOT_ASSESSABLE;
            }
        }
        return new SumCheck(total, parts, o, known, unknown);
    }
}
