package org.ogichecker.model;

import java.math.BigDecimal;

/**
 * One value cell of a statistics table, addressed by stable row and column keys from its
 * {@link org.ogichecker.layout.TableLayout}.
 *
 * @param table        table id: "T2", "T3", "T4" or "OLD"
 * @param rowKey       stable row key of the layout (e.g. "3.7" for （七）总计)
 * @param columnKey    stable column key of the layout (e.g. "total")
 * @param rowLabel     the row label as printed (normalised)
 * @param columnLabel  the column label of the layout
 * @param state        number, blank or invalid
 * @param value        the number when state is NUMBER, else null
 * @param raw          the cell text as printed (trimmed)
 * @param line         source line
 */
public record Cell(
        String table,
        String rowKey,
        String columnKey,
        String rowLabel,
        String columnLabel,
        CellState state,
        BigDecimal value,
        String raw,
        int line) {

    public boolean isBlank() {
        return state == CellState.BLANK;
    }

    public boolean isNumber() {
        return state == CellState.NUMBER;
    }
}
