package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lays out one PDF page: tables found from the drawn rules become rows (each cell's wrapped lines
 * joined, merged cells expanded: a cell spanning rows repeats its text in each, a cell spanning
 * columns has its text in the first); the other glyphs become visual lines in reading order.
 */
final class PdfPage {

    /**
     * A glyph in text coordinates (y is the baseline, down from the top); {@code spaced} when the
     * document drew a space glyph just before it, which the reader keeps as a space (as the text,
     * HTML and Word readers keep a typed space).
     */
    record Glyph(String text, double x, double y, double w, double h, double size, boolean spaced) {
        /** The advance width, unless a broken font reports one far wider than the glyph's size. */
        double width() {
            return w <= 2 * size ? w : size;
        }

        double cx() {
            return x + width() / 2;
        }

        double cy() {
            return y - Math.max(h, size * 0.4) / 2;
        }
    }

    /**
     * A line of the page: a visual text line (cells == null) or a table row.
     *
     * @param y       baseline of a text line, or the top of the row's band
     * @param size    font size of a text line
     * @param unruled for a band of ruled cells alone ({@link #isBand}), its glyphs as visual lines: what it reads as
     *                unless it belongs to a table broken by a page (see PdfReader); else null
     * @param lefts   for a row of a ruled table, the left edge of each cell's column; else null
     */
    record Item(String text, List<String> cells, double x0, double x1, double y, double size, List<Item> unruled,
                double[] lefts) {
        Item(String text, List<String> cells, double x0, double x1, double y, double size) {
            this(text, cells, x0, x1, y, size, null, null);
        }

        /** This row with other cells, in the same columns. */
        Item withCells(List<String> cells) {
            return new Item(String.join("\t", cells), cells, x0, x1, y, size, unruled, lefts);
        }

        /** This band as a row of its table. */
        Item asRow() {
            return new Item(text, cells, x0, x1, y, size, null, lefts);
        }

        boolean isRow() {
            return cells != null;
        }

        /** A single band of ruled cells, not a table of its own: a one-row box, or the rest of a broken row. */
        boolean isBand() {
            return unruled != null;
        }
    }

    /**
     * The rules' tolerance, in points: rules closer than this are one, and so are a table's edges or a column's on two
     * pages.
     */
    static final double TOL = 2.5;
    /**
     * The most cells of a grid read as a table: a report's table has hundreds. A denser grid is a drawing, and its
     * cells would take time and memory quadratic in its rules (a 30 kB page of 3 000 rules each way: nine million).
     */
    private static final int MAX_CELLS = 20_000;
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,，.]*%?");

    private PdfPage() {
    }

    static List<Item> layout(List<Glyph> glyphs, PdfRulings rulings) {
        List<Item> items = new ArrayList<>();
        List<Glyph> rest = new ArrayList<>(glyphs);
        if (rulings != null) {
            for (Grid g : grids(rulings)) {
                List<Glyph> inside = new ArrayList<>();
                rest.removeIf(gl -> g.contains(gl) && inside.add(gl));
                List<Item> rows = g.rows(inside);
                if (g.bands() > 1) {
                    items.addAll(rows);
                } else {
                    Item band = rows.get(0);
                    items.add(new Item(band.text(), band.cells(), band.x0(), band.x1(), band.y(), 0, textLines(inside),
                            band.lefts()));
                }
            }
        }
        items.addAll(textLines(rest));
        items.sort(Comparator.comparingDouble(Item::y));
        return items;
    }

    /** Visual lines: glyphs on one baseline; a line whose gap-separated parts end in numbers is a row. */
    private static List<Item> textLines(List<Glyph> glyphs) {
        List<Item> out = new ArrayList<>();
        for (List<Glyph> line : groupLines(glyphs)) {
            List<String> parts = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            StringBuilder part = new StringBuilder();
            Glyph prev = null;
            double size = 0;
            for (Glyph g : line) {
                size = Math.max(size, g.size());
                if (prev != null) {
                    double gap = g.x() - (prev.x() + prev.width());
                    if (gap > 1.5 * Math.max(g.size(), prev.size())) {
                        parts.add(part.toString());
                        part.setLength(0);
                        text.append(' ');
                    } else if (gap > 0.25 * g.size() && (g.spaced() || latin(prev.text()) && latin(g.text()))) {
                        part.append(' ');
                        text.append(' ');
                    } else if (gap > 0.5 * g.size() && !latin(prev.text()) && Character.isDigit(g.text().charAt(0))) {
                        // a number set close to a label that fills its column (a table without rules)
                        parts.add(part.toString());
                        part.setLength(0);
                    }
                }
                part.append(g.text());
                text.append(g.text());
                prev = g;
            }
            parts.add(part.toString());
            Glyph first = line.get(0);
            Glyph last = line.get(line.size() - 1);
            long numbers = parts.stream().filter(PdfPage::isNumber).count();
            boolean row = parts.size() >= 3 && numbers >= 2 || parts.size() >= 3 && PdfTableLabels.isHeader(parts);
            out.add(new Item(text.toString(), row ? parts : null, first.x(), last.x() + last.width(), first.y(), size));
        }
        return out;
    }

    /** Glyphs grouped by baseline, each line sorted left to right. */
    static List<List<Glyph>> groupLines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> cur = null;
        double y = 0;
        for (Glyph g : sorted) {
            if (cur == null || g.y() - y > 0.45 * g.size()) {
                cur = new ArrayList<>();
                lines.add(cur);
                y = g.y();
            }
            cur.add(g);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(s.trim()).matches();
    }

    private static boolean latin(String s) {
        char c = s.charAt(0);
        return c < 0x2e80 && Character.isLetterOrDigit(c);
    }

    /**
     * Text of a cell: its visual lines joined as running text, but for a number wrapped in a narrow cell, whose lines
     * are one number.
     */
    private static String cellText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (Item line : textLines(glyphs)) {
            if (!b.isEmpty() && isNumber(b.toString()) && PdfTableLabels.isRestOfNumber(line.text())) {
                b.append(line.text().strip());
            } else {
                LineCollector.append(b, line.text());
            }
        }
        return b.toString();
    }

    /**
     * Tables: groups of crossing rules with at least two columns of cells, and at least two rows, or one (a band, which
     * {@link #layout} marks as such).
     */
    private static List<Grid> grids(PdfRulings r) {
        int nh = r.horizontal.size();
        int n = nh + r.vertical.size();
        int[] parent = UnionFind.of(n);
        for (int i = 0; i < nh; i++) {
            PdfRulings.Seg h = r.horizontal.get(i);
            for (int j = 0; j < r.vertical.size(); j++) {
                PdfRulings.Seg v = r.vertical.get(j);
                if (v.at() >= h.a() - TOL && v.at() <= h.b() + TOL && h.at() >= v.a() - TOL && h.at() <= v.b() + TOL) {
                    UnionFind.union(parent, i, nh + j);
                }
            }
        }
        // the rules of each set, in one pass: a page of many rules that do not cross has as many sets
        Map<Integer, List<PdfRulings.Seg>> hs = new LinkedHashMap<>();
        Map<Integer, List<PdfRulings.Seg>> vs = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int root = UnionFind.find(parent, k);
            List<PdfRulings.Seg> h = hs.computeIfAbsent(root, x -> new ArrayList<>()); // each set, in order
            if (k < nh) {
                h.add(r.horizontal.get(k));
            } else {
                vs.computeIfAbsent(root, x -> new ArrayList<>()).add(r.vertical.get(k - nh));
            }
        }
        List<Grid> grids = new ArrayList<>();
        for (Map.Entry<Integer, List<PdfRulings.Seg>> e : hs.entrySet()) {
            Grid g = Grid.of(e.getValue(), vs.getOrDefault(e.getKey(), List.of()));
            if (g != null) {
                grids.add(g);
            }
        }
        return grids;
    }

    /** Positions of the rules, merged when closer than the tolerance. */
    private static double[] positions(List<PdfRulings.Seg> segs) {
        double[] at = segs.stream().mapToDouble(PdfRulings.Seg::at).sorted().toArray();
        List<Double> out = new ArrayList<>();
        for (double a : at) {
            if (out.isEmpty() || a - out.get(out.size() - 1) > TOL) {
                out.add(a);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A ruled table: band boundaries {@code ys}, column boundaries {@code xs}, merged cells as a union-find. */
    private static final class Grid {
        private final double[] ys;
        private final double[] xs;
        private final int[] cell;

        private Grid(double[] ys, double[] xs, List<PdfRulings.Seg> hs, List<PdfRulings.Seg> vs) {
            this.ys = ys;
            this.xs = xs;
            int rows = ys.length - 1;
            int cols = xs.length - 1;
            cell = UnionFind.of(rows * cols);
            for (int r = 0; r < rows; r++) {
                double my = (ys[r] + ys[r + 1]) / 2;
                for (int c = 0; c < cols; c++) {
                    double mx = (xs[c] + xs[c + 1]) / 2;
                    if (c + 1 < cols && !covered(vs, xs[c + 1], my)) {
                        UnionFind.union(cell, r * cols + c, r * cols + c + 1);
                    }
                    if (r + 1 < rows && !covered(hs, ys[r + 1], mx)) {
                        UnionFind.union(cell, r * cols + c, (r + 1) * cols + c);
                    }
                }
            }
        }

        static Grid of(List<PdfRulings.Seg> hs, List<PdfRulings.Seg> vs) {
            List<PdfRulings.Seg> bounds = new ArrayList<>(hs);
            // a table broken by a page often lacks the rule at the break: the vertical rules still end there
            vs.stream().mapToDouble(PdfRulings.Seg::a).min().ifPresent(y -> bounds.add(new PdfRulings.Seg(y, 0, 0)));
            vs.stream().mapToDouble(PdfRulings.Seg::b).max().ifPresent(y -> bounds.add(new PdfRulings.Seg(y, 0, 0)));
            double[] ys = positions(bounds);
            double[] xs = positions(vs);
            boolean table = ys.length >= 2 && xs.length >= 3 && (ys.length - 1L) * (xs.length - 1) <= MAX_CELLS;
            return table ? new Grid(ys, xs, hs, vs) : null;
        }

        /** The number of bands (rows of cells). */
        int bands() {
            return ys.length - 1;
        }

        private static boolean covered(List<PdfRulings.Seg> segs, double at, double mid) {
            for (PdfRulings.Seg s : segs) {
                if (Math.abs(s.at() - at) <= TOL && s.a() <= mid && s.b() >= mid) {
                    return true;
                }
            }
            return false;
        }

        boolean contains(Glyph g) {
            return g.cx() > xs[0] && g.cx() < xs[xs.length - 1] && g.cy() > ys[0] && g.cy() < ys[ys.length - 1];
        }

        private static int index(double[] bounds, double v) {
            int i = Arrays.binarySearch(bounds, v);
            i = i >= 0 ? i : -i - 2;
            return Math.max(0, Math.min(bounds.length - 2, i));
        }

        /** One item per band; a band repeating the one above (only spanning cells) is left out. */
        List<Item> rows(List<Glyph> glyphs) {
            int cols = xs.length - 1;
            List<List<Glyph>> byCell = new ArrayList<>();
            for (int i = 0; i < cell.length; i++) {
                byCell.add(new ArrayList<>());
            }
            for (Glyph g : glyphs) {
                byCell.get(UnionFind.find(cell, index(ys, g.cy()) * cols + index(xs, g.cx()))).add(g);
            }
            String[] text = new String[cell.length];
            List<Item> out = new ArrayList<>();
            List<String> previous = null;
            for (int r = 0; r + 1 < ys.length; r++) {
                List<String> row = new ArrayList<>(cols);
                for (int c = 0; c < cols; c++) {
                    int root = UnionFind.find(cell, r * cols + c);
                    boolean first = c == 0 || UnionFind.find(cell, r * cols + c - 1) != root;
                    if (first && text[root] == null) {
                        text[root] = cellText(byCell.get(root));
                    }
                    row.add(first ? text[root] : "");
                }
                if (!row.equals(previous)) {
                    out.add(new Item(String.join("\t", row), row, xs[0], xs[cols], ys[r], 0, null,
                            Arrays.copyOf(xs, cols)));
                }
                previous = row;
            }
            return out;
        }
    }
}
