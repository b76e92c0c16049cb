package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ogichecker.layout.Labels;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.TableLayout;

/**
 * Tables drawn without rules, read with the labels of the known layouts (the way the text reader finds
 * rows by their labels). A row is found from the visual line that holds its numbers, so a label
 * wrapped over several lines leaves its other lines behind as short text lines just above or below
 * it: they are joined back into the label when, and only when, the joined label is a row label of a
 * layout; anything else stays text. A header line is a row when its parts are column labels. Ruled
 * tables are laid out by their cells and need neither.
 */
final class PdfTableLabels {

    /** At most this many wrapped lines above or below a row. */
    private static final int MAX_PIECES = 3;
    /** A wrapped piece of a label is short; a longer line is running text. */
    private static final int MAX_PIECE_LENGTH = 20;

    private PdfTableLabels() {
    }

    /** {@code items} (one page's or the document's, in reading order) with wrapped labels joined. */
    static List<PdfPage.Item> join(List<PdfPage.Item> items) {
        List<PdfPage.Item> out = new ArrayList<>(items);
        for (int i = 0; i + 1 < out.size(); i++) {
            PdfPage.Item it = out.get(i);
            PdfPage.Item next = out.get(i + 1);
            // a group label over a block of rows ("第二十条第（八）项") keeps the block together
            if (!it.isRow() && next.isRow() && !next.isBand() && next.y() - it.y() <= 2.5 * it.size()
                    && isRowLabel(it.text(), true)) {
                out.set(i, new PdfPage.Item(it.text(), List.of(it.text()), it.x0(), it.x1(), it.y(), it.size()));
            }
        }
        boolean[] used = new boolean[out.size()];
        for (int i = 0; i < out.size(); i++) {
            PdfPage.Item row = out.get(i);
            int label = labelCell(row);
            if (label < 0 || isRowLabel(row.cells().get(label), false)) {
                continue;
            }
            List<Integer> above = pieces(out, used, i, -1);
            List<Integer> below = pieces(out, used, i, 1);
            join(out, used, i, label, above, below);
        }
        List<PdfPage.Item> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!used[i]) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /** Joins the pieces around the row's label cell into the label, when some of them make a row label. */
    private static void join(List<PdfPage.Item> items, boolean[] used, int at, int label, List<Integer> above,
            List<Integer> below) {
        PdfPage.Item row = items.get(at);
        Joined j = joined(texts(items, above), row.cells().get(label), texts(items, below), t -> isRowLabel(t, false));
        if (j != null) {
            List<String> cells = new ArrayList<>(row.cells());
            cells.set(label, j.text());
            items.set(at, new PdfPage.Item(String.join("\t", cells), cells, row.x0(), row.x1(), row.y(), row.size()));
            above.subList(0, j.above()).forEach(k -> used[k] = true);
            below.subList(0, j.below()).forEach(k -> used[k] = true);
        }
    }

    private static List<String> texts(List<PdfPage.Item> items, List<Integer> at) {
        List<String> out = new ArrayList<>(at.size());
        for (int k : at) {
            out.add(items.get(k).text());
        }
        return out;
    }

    /** A label joined from the pieces nearest to it: how many of those above and below it took. */
    record Joined(String text, int above, int below) {
    }

    /**
     * The label joined from {@code middle} (null when the row has no label cell) and the pieces {@code above} and
     * {@code below} it (nearest first) that {@code names} accepts: the fewest pieces first, those below before those
     * above. Null when no join is accepted.
     */
    static Joined joined(List<String> above, String middle, List<String> below, Predicate<String> names) {
        for (int total = 1; total <= above.size() + below.size(); total++) {
            for (int b = Math.min(total, below.size()); b >= 0; b--) {
                int a = total - b;
                if (a > above.size()) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int k = a - 1; k >= 0; k--) {
                    LineCollector.append(text, above.get(k));
                }
                if (middle != null) {
                    LineCollector.append(text, middle);
                }
                for (int k = 0; k < b; k++) {
                    LineCollector.append(text, below.get(k));
                }
                if (names.test(text.toString())) {
                    return new Joined(text.toString(), a, b);
                }
            }
        }
        return null;
    }

    /** The short text lines right above ({@code step} −1) or below (+1) a row, nearest first. */
    private static List<Integer> pieces(List<PdfPage.Item> items, boolean[] used, int at, int step) {
        List<Integer> out = new ArrayList<>();
        PdfPage.Item near = items.get(at);
        for (int k = at + step; k >= 0 && k < items.size() && out.size() < MAX_PIECES; k += step) {
            PdfPage.Item it = items.get(k);
            double gap = step > 0 ? it.y() - near.y() : near.y() - it.y();
            if (it.isRow() || used[k] || it.text().length() > MAX_PIECE_LENGTH || it.text().contains("。")
                    || gap <= 0 || gap > 2 * near.size()) {
                break;
            }
            out.add(k);
            near = it;
        }
        return out;
    }

    /** The label cell of a row found from its numbers: the last text cell before the first number, or −1. */
    private static int labelCell(PdfPage.Item it) {
        if (!it.isRow() || it.size() <= 0) {
            return -1; // not a row, or a row of a ruled table (laid out by its cells)
        }
        int label = -1;
        for (int c = 0; c < it.cells().size() && !PdfPage.isNumber(it.cells().get(c)); c++) {
            label = it.cells().get(c).isBlank() ? label : c;
        }
        return label;
    }

    /** True when at least two of a line's gap-separated parts are column labels of one layout. */
    static boolean isHeader(List<String> parts) {
        List<Labels.Normalised> labels = new ArrayList<>(parts.size());
        for (String p : parts) {
            labels.add(Labels.normalised(p));
        }
        return isHeaderOf(labels);
    }

    /** {@link #isHeader} of parts normalised once for all layouts. */
    static boolean isHeaderOf(List<Labels.Normalised> parts) {
        for (TableLayout l : Layouts.all()) {
            int columns = 0;
            for (Labels.Normalised p : parts) {
                if (l.matchColumn(p).isPresent() && ++columns == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cells of a ruled row broken by a page break, joined with the band of cells that the next page begins with
     * when that band is the rest of the row; null when it is not. A row breaks where some of its cells' text wraps,
     * so its rest holds the wrapped ends of some of the row's cells and nothing else: at most half as many texts as
     * the row has, each under a cell of the row with text (by the columns' left edges {@code rowLefts} and
     * {@code bandLefts}: the table's columns may be cut differently on the next page). Each must continue its cell:
     * the further digits of a number, or the end of a label that joined to its start is a row or column label of a
     * known layout. A band with a text of its own (the next row, a group label, a repeated header) is no rest.
     */
    static List<String> restOfRow(List<String> row, double[] rowLefts, List<String> band, double[] bandLefts) {
        List<String> out = new ArrayList<>(row);
        boolean[] joined = new boolean[row.size()];
        int rest = 0;
        for (int c = 0; c < band.size(); c++) {
            String end = band.get(c).strip();
            if (end.isEmpty()) {
                continue;
            }
            rest++;
            int at = column(rowLefts, bandLefts[c]);
            String start = row.get(at).strip();
            if (start.isEmpty() || joined[at]) {
                return null;
            }
            joined[at] = true;
            if (PdfPage.isNumber(start)) {
                if (!isRestOfNumber(end)) {
                    return null;
                }
                out.set(at, start + end);
            } else {
                StringBuilder text = new StringBuilder();
                LineCollector.append(text, start);
                LineCollector.append(text, end);
                if (!isLabel(text.toString())) {
                    return null;
                }
                out.set(at, text.toString());
            }
        }
        long texts = row.stream().filter(t -> !t.isBlank()).count();
        return rest > 0 && 2 * rest <= texts ? out : null;
    }

    /** The column of {@code lefts} (left edges, ascending) that holds the edge {@code x}, within the rules' tolerance. */
    private static int column(double[] lefts, double x) {
        int at = 0;
        while (at + 1 < lefts.length && lefts[at + 1] <= x + PdfPage.TOL) {
            at++;
        }
        return at;
    }

    /** True when {@code text} is the further digits of a number wrapped in its cell ("6" of "36"). */
    static boolean isRestOfNumber(String text) {
        return DIGITS.matcher(text.strip()).matches();
    }

    /** The further digits of a number wrapped in its cell. */
    private static final Pattern DIGITS = Pattern.compile("[\\d,，.]*\\d%?");

    /** True when {@code text} is exactly a row label (of a data or group row) or a column label of a layout. */
    private static boolean isLabel(String text) {
        Labels.Normalised label = Labels.normalised(text);
        for (TableLayout l : Layouts.all()) {
            if (l.match(label, -1).filter(TableLayout.RowMatch::exact).isPresent() || l.matchColumn(label).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} is exactly the label of a data row (or of a group row) of a known layout. */
    private static boolean isRowLabel(String text, boolean group) {
        for (TableLayout l : Layouts.all()) {
            if (l.match(text, -1).filter(m -> m.exact() && m.row().group() == group).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
