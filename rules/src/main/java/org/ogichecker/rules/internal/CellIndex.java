package org.ogichecker.rules.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;

/**
 * {@link Report#cell} by a hash lookup: the sum relations ask for hundreds of cells per report, and
 * each {@code Report.cell} call scans every cell. Built once per report being checked (see {@link PerReport}).
 */
final class CellIndex {

    private record Key(String table, String row, String column) {
    }

    private static final PerReport<Map<Key, Cell>> INDEX = new PerReport<>(r -> {
        Map<Key, Cell> m = new HashMap<>();
        // the first cell wins, as in Report.cell
        r.cells().forEach(c -> m.putIfAbsent(new Key(c.table(), c.rowKey(), c.columnKey()), c));
        return m;
    });

    private CellIndex() {
    }

    /** The same as {@code r.cell(table, row, column)}. */
    static Optional<Cell> cell(Report r, String table, String row, String column) {
        return Optional.ofNullable(INDEX.of(r).get(new Key(table, row, column)));
    }
}
