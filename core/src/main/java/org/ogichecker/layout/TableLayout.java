package org.ogichecker.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table of one regime defined as data: its rows and columns with stable keys and the labels
 * (with accepted variants) that the readers match in messy input and the rules refer to. A class rather
 * than a record so that the normalised labels and the lookups by key are computed once, in the
 * constructor: matching runs for every row of every report.
 */
public final class TableLayout {

    /** Below this similarity a label is not taken for a row even as a typo. */
    private static final double TYPO_SIMILARITY = 0.75;

    private final String id;
    private final String table;
    private final String title;
    private final List<RowDef> rows;
    private final List<ColumnDef> columns;

    /** The matches of each row, exact and not, by row index: made once, as matching runs for every label read. */
    private final List<Optional<RowMatch>> exactMatches;
    private final List<Optional<RowMatch>> looseMatches;
    /** The length of the longest core: the size of the rows of the typo distance. */
    private final int longestCore;
    /** {@link Labels#core} of each row label, by row index. */
    private final String[] cores;
    /**
     * The rows of each {@link Labels#key} and {@link Labels#core} of their labels and variants: one map, so that a
     * label is looked up once by its key and once by its core (not at all when they are the same string).
     */
    private final Map<String, Lookup> lookups = new HashMap<>();
    /** Columns by the {@link Labels#key} of their labels and variants; the first column when several share one. */
    private final Map<String, ColumnDef> columnByLabelKey = new HashMap<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, ColumnDef> columnByKey = new HashMap<>();
    private final Map<String, List<RowDef>> childrenByKey = new HashMap<>();
    private final List<RowDef> dataRows;
    private volatile Map<String, int[]> typosOfKnown;

    /**
     * @param id      layout id, e.g. "F2021-T3"
     * @param table   table id shared across regimes: "T2", "T3", "T4", "OLD"
     * @param title   the table's title in the format
     * @param rows    rows in the official order
     * @param columns value columns in the official order
     */
    public TableLayout(String id, String table, String title, List<RowDef> rows, List<ColumnDef> columns) {
        this.id = id;
        this.table = table;
        this.title = title;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        Map<String, List<Integer>> key = new HashMap<>();
        Map<String, List<Integer>> core = new HashMap<>();
        Map<String, List<Integer>> variantKey = new HashMap<>();
        Map<String, List<Integer>> variantCore = new HashMap<>();
        cores = new String[this.rows.size()];
        for (int i = 0; i < this.rows.size(); i++) {
            RowDef r = this.rows.get(i);
            cores[i] = Labels.layoutCore(r.label());
            addRow(key, Labels.layoutKey(r.label()), i);
            addRow(core, cores[i], i);
            for (String v : r.variants()) {
                addRow(variantKey, Labels.layoutKey(v), i);
                addRow(variantCore, Labels.layoutCore(v), i);
            }
            indexByKey.putIfAbsent(r.key(), i);
            if (r.parent() != null) {
                childrenByKey.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
        }
        childrenByKey.replaceAll((k, v) -> List.copyOf(v));
        Set<String> labels = new HashSet<>(key.keySet());
        labels.addAll(core.keySet());
        labels.addAll(variantKey.keySet());
        labels.addAll(variantCore.keySet());
        for (String l : labels) {
            lookups.put(l, new Lookup(array(key.get(l)), array(core.get(l)), array(variantKey.get(l)),
                    array(variantCore.get(l))));
        }
        for (ColumnDef c : this.columns) {
            columnByKey.putIfAbsent(c.key(), c);
            columnByLabelKey.putIfAbsent(Labels.layoutKey(c.label()), c);
            c.variants().forEach(v -> columnByLabelKey.putIfAbsent(Labels.layoutKey(v), c));
        }
        dataRows = this.rows.stream().filter(r -> !r.group()).toList();
        List<Optional<RowMatch>> exact = new ArrayList<>();
        List<Optional<RowMatch>> loose = new ArrayList<>();
        for (int i = 0; i < this.rows.size(); i++) {
            exact.add(Optional.of(new RowMatch(this.rows.get(i), i, true)));
            loose.add(Optional.of(new RowMatch(this.rows.get(i), i, false)));
        }
        exactMatches = List.copyOf(exact);
        looseMatches = List.copyOf(loose);
        longestCore = Arrays.stream(cores).mapToInt(String::length).max().orElse(0);
    }

    private static void addRow(Map<String, List<Integer>> by, String label, int row) {
        List<Integer> rowsOf = by.computeIfAbsent(label, k -> new ArrayList<>());
        if (rowsOf.isEmpty() || rowsOf.get(rowsOf.size() - 1) != row) {
            rowsOf.add(row);
        }
    }

    private static int[] array(List<Integer> rows) {
        return rows == null ? null : rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Row indexes (ascending, or null when there are none) whose label has a string as its key, as its core, or
     * whose variant has it as its key or as its core.
     */
    private record Lookup(int[] key, int[] core, int[] variantKey, int[] variantCore) {
    }

    /** Layout id, e.g. "F2021-T3". */
    public String id() {
        return id;
    }

    /** Table id shared across regimes: "T2", "T3", "T4", "OLD". */
    public String table() {
        return table;
    }

    /** The table's title in the format. */
    public String title() {
        return title;
    }

    /** Rows in the official order. */
    public List<RowDef> rows() {
        return rows;
    }

    /** The labels of the rows, each row's accepted variants first, in the official order of the rows. */
    public List<String> rowLabels() {
        List<String> labels = new ArrayList<>();
        for (RowDef r : rows) {
            labels.addAll(r.variants());
            labels.add(r.label());
        }
        return labels;
    }

    /** Value columns in the official order. */
    public List<ColumnDef> columns() {
        return columns;
    }

    /**
     * A row matched to a label.
     *
     * @param row   the layout row
     * @param index the index of the row in {@link #rows()}
     * @param exact false when the label matched only as a tolerated typo or through a variant
     */
    public record RowMatch(RowDef row, int index, boolean exact) {
    }

    public Optional<RowDef> row(String key) {
        Integer i = indexByKey.get(key);
        return i == null ? Optional.empty() : Optional.of(rows.get(i));
    }

    public Optional<ColumnDef> column(String key) {
        return Optional.ofNullable(columnByKey.get(key));
    }

    public int indexOf(String rowKey) {
        return indexByKey.getOrDefault(rowKey, -1);
    }

    /** Data rows (rows with cells). */
    public List<RowDef> dataRows() {
        return dataRows;
    }

    /** Rows directly under {@code parentKey}. */
    public List<RowDef> children(String parentKey) {
        return childrenByKey.getOrDefault(parentKey, List.of());
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
        // each kind of row is only consulted when the ones before it found nothing, so no row is in two of them
        Lookup ofKey = lookups.get(key);
        if (ofKey != null && ofKey.key() != null) {
            return exactMatches.get(pick(ofKey.key(), afterIndex));
        }
        // a label without a numbering is its own core: the same string
        Lookup ofCore = core.isEmpty() ? null : core == key ? ofKey : lookups.get(core);
        if (ofCore != null && ofCore.core() != null) {
            return exactMatches.get(pick(ofCore.core(), afterIndex));
        }
        int[] byVariant = variantRows(ofKey == null ? null : ofKey.variantKey(),
                ofCore == null ? null : ofCore.variantCore());
        if (byVariant != null) {
            return looseMatches.get(pick(byVariant, afterIndex));
        }
        if (core.length() < 4) {
            return Optional.empty();
        }
        int[] typo = typosOfKnown().get(core);
        if (typo == null) {
            typo = closestRows(core);
        }
        return typo.length == 0 ? Optional.empty() : looseMatches.get(pick(typo, afterIndex));
    }

    /**
     * {@link #closestRows} of the cores (of four characters or more) of the labels of every layout, made on first
     * use: a table is scored against the layouts of the other version of it too, whose labels it has.
     */
    private Map<String, int[]> typosOfKnown() {
        Map<String, int[]> typos = typosOfKnown;
        if (typos == null) {
            typos = new HashMap<>();
            for (String core : Labels.knownCores()) {
                if (core.length() >= 4) {
                    typos.put(core, closestRows(core));
                }
            }
            typosOfKnown = typos; // made again by a thread that does not see it yet: the same map
        }
        return typos;
    }

    /** The rows (ascending) whose core is the most similar to this one, at least {@link #TYPO_SIMILARITY}. */
    private int[] closestRows(String core) {
        double best = TYPO_SIMILARITY;
        int[] bestRows = new int[cores.length];
        int count = 0;
        int[][] work = new int[2][longestCore + 1];
        for (int i = 0; i < cores.length; i++) {
            double s = Labels.similarity(core, cores[i], best - 1e-9, work);
            if (s > best + 1e-9) {
                best = s;
                count = 0;
                bestRows[count++] = i;
            } else if (Math.abs(s - best) < 1e-9) {
                bestRows[count++] = i;
            }
        }
        return Arrays.copyOf(bestRows, count);
    }

    /** The rows (ascending, no repeats) of either, or null: a merge of the two ascending arrays. */
    private static int[] variantRows(int[] byVariantOfKey, int[] byVariantOfCore) {
        if (byVariantOfKey == null || byVariantOfCore == null) {
            return byVariantOfKey != null ? byVariantOfKey : byVariantOfCore;
        }
        int[] union = new int[byVariantOfKey.length + byVariantOfCore.length];
        int n = 0;
        int k = 0;
        int c = 0;
        while (k < byVariantOfKey.length || c < byVariantOfCore.length) {
            int next = c == byVariantOfCore.length
                    || k < byVariantOfKey.length && byVariantOfKey[k] <= byVariantOfCore[c]
                    ? byVariantOfKey[k] : byVariantOfCore[c];
            if (k < byVariantOfKey.length && byVariantOfKey[k] == next) {
                k++;
            }
            if (c < byVariantOfCore.length && byVariantOfCore[c] == next) {
                c++;
            }
            union[n++] = next;
        }
        return n == union.length ? union : Arrays.copyOf(union, n);
    }

    private static int pick(int[] candidates, int afterIndex) {
        for (int i : candidates) {
            if (i > afterIndex) {
                return i;
            }
        }
        return candidates[0];
    }

    /** Matches a printed column label to a column key, or empty. */
    public Optional<ColumnDef> matchColumn(String label) {
        return matchColumn(Labels.normalised(label));
    }

    /** {@link #matchColumn(String)} of a label normalised once for all layouts. */
    public Optional<ColumnDef> matchColumn(Labels.Normalised label) {
        return Optional.ofNullable(columnByLabelKey.get(label.key()));
    }

    @Override
    public String toString() {
        return "TableLayout[" + id + "]";
    }
}
