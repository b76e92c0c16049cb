package org.ogichecker.engine;

/**
 * Where a finding points. Any field may be null (line 0) when it does not apply.
 *
 * @param section the part or section, e.g. "三、收到和处理政府信息公开申请情况"
 * @param table   the table id ("T3") or null
 * @param row     the row label as printed or of the layout
 * @param column  the column label
 * @param line    1-based source line, 0 when unknown
 */
public record Location(String section, String table, String row, String column, int line) {
    public static final Location NONE = new Location(null, null, null, null, 0);
}
