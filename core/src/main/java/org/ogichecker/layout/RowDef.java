package org.ogichecker.layout;

import java.util.List;

/**
 * A row of a table layout.
 *
 * @param key      stable key (for T3 the code of requirements.md §2.5, e.g. "3.3.1")
 * @param label    the label as printed in the official format
 * @param variants other accepted labels and observed typos (tolerated, reported as variants)
 * @param parent   key of the enclosing group row, or null
 * @param group    true for a label-only row that has no cells of its own
 * @param optional true for rows some editions have and others lack (no structure finding if absent)
 * @param unit     the unit of the row (old table), or null
 * @param columns  keys of the columns this row has cells in (empty for group rows)
 */
public record RowDef(
        String key,
        String label,
        List<String> variants,
        String parent,
        boolean group,
        boolean optional,
        String unit,
        List<String> columns) {

    public RowDef {
        variants = List.copyOf(variants);
        columns = List.copyOf(columns);
    }
}
