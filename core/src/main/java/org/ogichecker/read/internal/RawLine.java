package org.ogichecker.read.internal;

import java.util.List;

/**
 * A line as a format reader delivers it to the {@link ReportParser}: a paragraph (cells == null) or
 * a table row (cells in column order, after rowspan/colspan expansion where the format has them).
 *
 * @param number 1-based line number, the one findings will show
 * @param text   the original text of the line (cells joined by tabs)
 * @param cells  the cells of a table row, or null for a paragraph
 */
public record RawLine(int number, String text, List<String> cells) {
    public RawLine {
        cells = cells == null ? null : List.copyOf(cells);
    }

    public boolean isRow() {
        return cells != null;
    }
}
