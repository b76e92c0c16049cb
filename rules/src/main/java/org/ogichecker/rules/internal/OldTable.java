package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;
import org.ogichecker.model.StatementKind;

/**
 * The relations of the old statistics table (requirements.md §5.3) and the table rows the narrative
 * claims are compared with. Part rows come from {@link Layouts#OLD_TABLE}: the parts of a total are
 * its child rows there, optional rows (3.1.5 其他形式, 6.1–6.3) only when the table has them.
 */
public final class OldTable {

    private static final String VALUE = "value";

    /** Narrative claims with a number and the row of the old table that states the same figure. */
    private static final Map<StatementKind, String> CLAIMED_ROWS = Map.of(
            StatementKind.APPLICATIONS_RECEIVED, "3.1",
            StatementKind.ITEMS_PUBLISHED, "1.1",
            StatementKind.ITEMS_GAZETTE, "1.2.1",
            StatementKind.ITEMS_WEBSITE, "1.2.2",
            StatementKind.ITEMS_WEIBO, "1.2.3",
            StatementKind.ITEMS_WECHAT, "1.2.4");

    /**
     * The relations already evaluated on the report being checked, by {@link #sum} or {@link #atMost} key: each
     * is asked twice, by the rule of its violation and by that of its being skipped.
     */
    private static final PerReport<Map<String, List<OldCheck>>> EVALUATED = new PerReport<>(r -> new HashMap<>());

    private OldTable() {
    }

    /**
     * Row {@code totalRow} = the sum of its child rows, when it does not hold ({@link SumCheck#notHolding}). Empty
     * when it holds or when the table lacks the total or every part (nothing to check).
     */
    public static List<OldCheck> sum(Report r, String totalRow) {
        return EVALUATED.of(r).computeIfAbsent(totalRow, k -> evaluateSum(r, totalRow));
    }

    /** {@link #sum} of each of the rows, in order. */
    public static List<OldCheck> sums(Report r, List<String> totalRows) {
        List<OldCheck> out = new ArrayList<>();
        for (String row : totalRows) {
            out.addAll(sum(r, row));
        }
        return out;
    }

    private static List<OldCheck> evaluateSum(Report r, String totalRow) {
        Optional<Cell> total = CellIndex.cell(r, Layouts.OLD, totalRow, VALUE);
        List<Cell> parts = new ArrayList<>();
        List<RowDef> missing = new ArrayList<>();
        for (RowDef row : Layouts.OLD_TABLE.children(totalRow)) {
            Optional<Cell> c = CellIndex.cell(r, Layouts.OLD, row.key(), VALUE);
            if (c.isPresent()) {
                parts.add(c.get());
            } else if (!row.optional()) {
                missing.add(row);
            }
        }
        if (total.isEmpty() || parts.isEmpty()) {
            return List.of();
        }
        SumCheck s = Relations.sum(total.get(), parts);
        SumCheck.Outcome o = s.outcome();
        if (!missing.isEmpty() && o == SumCheck.Outcome.VIOLATED && s.knownSum().compareTo(total.get().value()) < 0) {
            // the missing rows may hold the difference
            o = SumCheck.Outcome.NOT_ASSESSABLE;
        }
        return o == SumCheck.Outcome.HOLDS ? List.of() : List.of(new OldCheck(false, s, o, missing));
    }

    /** Row {@code partRow} ≤ row {@code wholeRow}, when it does not hold. Empty when it holds or the table lacks either. */
    public static List<OldCheck> atMost(Report r, String partRow, String wholeRow) {
        return EVALUATED.of(r).computeIfAbsent(partRow + " ≤ " + wholeRow, k -> {
            List<OldCheck> out = new ArrayList<>();
            for (SumCheck s : Relations.atMost(r, Layouts.OLD, partRow, VALUE, wholeRow, VALUE)) {
                if (s.outcome() != SumCheck.Outcome.HOLDS) {
                    out.add(new OldCheck(true, s, s.outcome(), List.of()));
                }
            }
            return List.copyOf(out);
        });
    }

    /** {@link #atMost} of each of the part rows and the same whole row, in order. */
    public static List<OldCheck> eachAtMost(Report r, List<String> partRows, String wholeRow) {
        List<OldCheck> out = new ArrayList<>();
        for (String row : partRows) {
            out.addAll(atMost(r, row, wholeRow));
        }
        return out;
    }

    /** Each row ≤ its parent row in the layout (the "其中" rows), where it does not hold, in order. */
    public static List<OldCheck> withinParents(Report r, List<String> partRows) {
        List<OldCheck> out = new ArrayList<>();
        for (String row : partRows) {
            out.addAll(atMost(r, row, Layouts.OLD_TABLE.row(row).orElseThrow().parent()));
        }
        return out;
    }

    /**
     * The cells of the old table's row that states the same figure as a narrative claim of this kind. Looked up
     * from the claim rather than joined with every cell: few statements have a number, the table has many cells.
     */
    public static List<Cell> claimedCells(Report r, StatementKind kind) {
        String row = CLAIMED_ROWS.get(kind);
        if (row == null) {
            return List.of();
        }
        return CellIndex.cells(r, Layouts.OLD, row, VALUE);
    }

    /** The first of the rows that holds a number greater than 0, for claims of "none". */
    public static List<Cell> firstPositive(Report r, List<String> rows) {
        for (String k : rows) {
            Optional<Cell> c = CellIndex.cell(r, Layouts.OLD, k, VALUE);
            if (c.isPresent() && c.get().isNumber() && c.get().value().signum() > 0) {
                return List.of(c.get());
            }
        }
        return List.of();
    }
}
