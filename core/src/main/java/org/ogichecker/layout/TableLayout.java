package org.ogichecker.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A table of one regime defined as data: its rows and columns with stable keys and the labels
 * (with accepted variants) that the readers match in messy input and the rules refer to.
 *
 * @param id      layout id, e.g. "F2021-T3"
 * @param table   table id shared across regimes: "T2", "T3", "T4", "OLD"
 * @param title   the table's title in the format
 * @param rows    rows in the official order
 * @param columns value columns in the official order
 */
public record TableLayout(String id, String table, String title, List<RowDef> rows, List<ColumnDef> columns) {

    /** Below this similarity a label is not taken for a row even as a typo. */
    private static final double TYPO_SIMILARITY = 0.75;

    /**
     * Normalised labels of each layout, computed once: matching runs for every row of every report. Keyed by
     * identity: the record's own hashCode walks every row and variant on each lookup.
     */
    private static final Map<Identity, Index> INDEXES = new ConcurrentHashMap<>();

    public TableLayout {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /**
     * {@link Labels#key} and {@link Labels#core} of the row labels, the rows (indexes, ascending) by key, core and
     * variant, and the column keys.
     */
    private record Index(List<String> cores, Map<String, List<Integer>> byKey, Map<String, List<Integer>> byCore,
            Map<String, List<Integer>> byVariantKey, Map<String, List<Integer>> byVariantCore,
            List<List<String>> columnKeys) {

        List<Integer> rows(Map<String, List<Integer>> by, String label) {
            return by.getOrDefault(label, List.of());
        }
    }

    private record Identity(TableLayout layout) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.layout == layout;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(layout);
        }
    }

    private Index index() {
        return INDEXES.computeIfAbsent(new Identity(this), id -> id.layout().buildIndex());
    }

    private Index buildIndex() {
        Map<String, List<Integer>> byKey = new HashMap<>();
        Map<String, List<Integer>> byCore = new HashMap<>();
        Map<String, List<Integer>> byVariantKey = new HashMap<>();
        Map<String, List<Integer>> byVariantCore = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowDef r = rows.get(i);
            addRow(byKey, Labels.key(r.label()), i);
            addRow(byCore, Labels.core(r.label()), i);
            for (String v : r.variants()) {
                addRow(byVariantKey, Labels.key(v), i);
                addRow(byVariantCore, Labels.core(v), i);
            }
        }
        return new Index(rows.stream().map(r -> Labels.core(r.label())).toList(), byKey, byCore, byVariantKey,
                byVariantCore,
                columns.stream().map(c -> {
                    List<String> k = new ArrayList<>();
                    k.add(Labels.key(c.label()));
                    c.variants().forEach(v -> k.add(Labels.key(v)));
                    return List.copyOf(k);
                }).toList());
    }

    private static void addRow(Map<String, List<Integer>> by, String label, int row) {
        List<Integer> rowsOf = by.computeIfAbsent(label, k -> new ArrayList<>());
        if (rowsOf.isEmpty() || rowsOf.get(rowsOf.size() - 1) != row) {
            rowsOf.add(row);
        }
    }

    /**
     * A row matched to a label.
     *
     * @param row   the layout row
     * @param exact false when the label matched only as a tolerated typo or through a variant
     */
    public record RowMatch(RowDef row, boolean exact) {
    }

    public Optional<RowDef> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public Optional<ColumnDef> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public int indexOf(String rowKey) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(rowKey)) {
                return i;
            }
        }
        return -1;
    }

    /** Data rows (rows with cells). */
    public List<RowDef> dataRows() {
        return rows.stream().filter(r -> !r.group()).toList();
    }

    /** Rows directly under {@code parentKey}. */
    public List<RowDef> children(String parentKey) {
        return rows.stream().filter(r -> parentKey.equals(r.parent())).toList();
    }

    /**
     * Matches a printed row label. Among rows that match equally well the first one after
     * {@code afterIndex} (the index of the row matched last, -1 at the start) wins, so that labels
     * that repeat in a table, such as （二）被依法纠错数 under both 行政复议 and 行政诉讼, land in
     * document order.
     */
    public Optional<RowMatch> match(String label, int afterIndex) {
        return match(Labels.normalised(label), afterIndex);
    }

    /** {@link #match(String, int)} of a label normalised once for all layouts. */
    public Optional<RowMatch> match(Labels.Normalised label, int afterIndex) {
        String key = label.key();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String core = label.core();
        Index ix = index();
        // each list is only consulted when the ones before it are empty, so no row is in two of them
        List<Integer> exact = ix.rows(ix.byKey(), key);
        if (!exact.isEmpty()) {
            return Optional.of(new RowMatch(rows.get(pick(exact, afterIndex)), true));
        }
        List<Integer> byCore = core.isEmpty() ? List.of() : ix.rows(ix.byCore(), core);
        if (!byCore.isEmpty()) {
            return Optional.of(new RowMatch(rows.get(pick(byCore, afterIndex)), true));
        }
        TreeSet<Integer> byVariant = new TreeSet<>(ix.rows(ix.byVariantKey(), key));
        if (!core.isEmpty()) {
            byVariant.addAll(ix.rows(ix.byVariantCore(), core));
        }
        if (!byVariant.isEmpty()) {
            return Optional.of(new RowMatch(rows.get(pick(List.copyOf(byVariant), afterIndex)), false));
        }
        if (core.length() < 4) {
            return Optional.empty();
        }
        double best = TYPO_SIMILARITY;
        List<Integer> bestRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double s = Labels.similarity(core, ix.cores().get(i));
            if (s > best + 1e-9) {
                best = s;
                bestRows.clear();
                bestRows.add(i);
            } else if (Math.abs(s - best) < 1e-9) {
                bestRows.add(i);
            }
        }
        return bestRows.isEmpty() ? Optional.empty()
                : Optional.of(new RowMatch(rows.get(pick(bestRows, afterIndex)), false));
    }

    private static int pick(List<Integer> candidates, int afterIndex) {
        for (int i : candidates) {
            if (i > afterIndex) {
                return i;
            }
        }
        return candidates.get(0);
    }

    /** Matches a printed column label to a column key, or empty. */
    public Optional<ColumnDef> matchColumn(String label) {
        return matchColumn(Labels.normalised(label));
    }

    /** {@link #matchColumn(String)} of a label normalised once for all layouts. */
    public Optional<ColumnDef> matchColumn(Labels.Normalised label) {
        String key = label.key();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> keys = index().columnKeys();
        for (int i = 0; i < columns.size(); i++) {
            if (keys.get(i).contains(key)) {
                return Optional.of(columns.get(i));
            }
        }
        return Optional.empty();
    }

    /** Columns by key, in order. */
    public Map<String, ColumnDef> columnsByKey() {
        Map<String, ColumnDef> m = new LinkedHashMap<>();
        columns.forEach(c -> m.put(c.key(), c));
        return m;
    }
}
