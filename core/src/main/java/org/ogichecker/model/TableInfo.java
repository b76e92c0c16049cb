package org.ogichecker.model;

import java.util.List;

/**
 * A statistics table found in the report.
 *
 * @param table          table id: "T2", "T3", "T4" or "OLD"
 * @param layout         the layout id it matched best (e.g. "F2019-T3", "F2021-T3", "OLD")
 * @param line           first source line of the table
 * @param endLine        last source line of the table
 * @param missingRows    row keys of the layout that were not found
 * @param missingColumns column keys of the layout that were not found (T2 blocks, T3 header)
 * @param extraRows      labels of data rows that matched no row of the layout
 * @param labelVariants  labels matched only through a tolerated variant or typo, as printed
 */
public record TableInfo(
        String table,
        String layout,
        int line,
        int endLine,
        List<String> missingRows,
        List<String> missingColumns,
        List<String> extraRows,
        List<String> labelVariants) {

    public TableInfo {
        missingRows = List.copyOf(missingRows);
        missingColumns = List.copyOf(missingColumns);
        extraRows = List.copyOf(extraRows);
        labelVariants = List.copyOf(labelVariants);
    }
}
