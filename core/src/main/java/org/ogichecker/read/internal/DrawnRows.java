package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Table rows of plain text drawn with characters, as text converters and browsers write tables: pipe tables
 * ({@code | 规章 | 0 | 0 |}, Markdown), grid tables ({@code +----+----+} between rows, as {@code pandoc -t plain} and
 * reStructuredText draw them) and tables drawn with box-drawing characters ({@code │ … │}, {@code ├──┼──┤}, as
 * {@code w3m -dump} draws them). A line draws when its first character (after spaces) is {@code |}, {@code +} or a
 * box-drawing character: a rule when it holds three horizontal strokes in a row ({@code ---}, {@code ───}), else a row
 * when a vertical stroke ({@code |}, {@code │}, {@code ┃}, {@code ║}) starts it and another follows. The cells of a row
 * are what lies between its strokes.
 *
 * <p>A table whose first line is a rule draws a rule between its rows ({@link Grid}): a row may take several lines (a
 * label wrapped within its cell), and a cell may span rows and columns; it is read by where its strokes stand. Other
 * tables (pipe tables) have a row per line. Rules become blank lines, as do the lines a row continues on, so that the
 * table reads as one block.
 */
final class DrawnRows {

    private static final int NONE = 0;
    private static final int RULE = 1;
    private static final int ROW = 2;

    private DrawnRows() {
    }

    /** True when the line's first character (after spaces) may draw a table: the test every line of a text takes. */
    static boolean mayDraw(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\u3000') {
                return c == '|' || c == '+' || c >= '\u2500' && c <= '\u257f';
            }
        }
        return false;
    }

    /** Makes rows, in place, of the drawn tables of {@code lines} (paragraph lines as {@link #mayDraw} found them). */
    static void read(List<RawLine> lines) {
        int n = lines.size();
        int[] kinds = new int[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = kind(lines.get(i).text());
        }
        for (int i = 0; i < n; ) {
            int j = i;
            boolean anyRow = false;
            for (; j < n && kinds[j] != NONE; j++) {
                anyRow |= kinds[j] == ROW;
            }
            if (anyRow) {
                table(lines, kinds, i, j);
            }
            i = Math.max(j, i + 1);
        }
    }

    /** The lines {@code [from, to)}, rules and rows ({@code kinds}), as rows and blank lines. */
    private static void table(List<RawLine> lines, int[] kinds, int from, int to) {
        if (kinds[from] != RULE || !Grid.read(lines, kinds, from, to)) {
            for (int k = from; k < to; k++) {
                RawLine l = lines.get(k);
                boolean row = kinds[k] == ROW;
                lines.set(k, new RawLine(l.number(), row ? l.text() : "", row ? cells(l.text()) : null));
            }
        }
    }

    /**
     * A table that draws a rule between its rows, read by the columns its strokes stand in (a Chinese character is two
     * columns wide, as terminals and the tools that draw such tables count them). Every stroke of every line marks a
     * column boundary; the rules cut the lines into bands, one row each. A cell is what no stroke divides: it spans
     * the columns a row of its lines has no stroke between (colspan) and the bands a rule passes without a horizontal
     * stroke (rowspan, its text possibly on that rule's line: {@code │ 三、本 ├────┤}). As the HTML reader expands
     * spans, a cell's text stands in its first column in every row it spans, and its other columns are empty.
     */
    private static final class Grid {

        /** More columns are not a report's table: read line by line instead, which costs no table of cells. */
        private static final int MAX_COLUMNS = 64;
        /** A wider line is not one either. */
        private static final int MAX_WIDTH = 1_000;

        private final String[] text;
        /** {@code at[i][c]}: the display column at which character {@code c} of line {@code i} starts. */
        private final int[][] at;
        private final boolean[] rule;
        /** The display columns of the boundaries, ascending. */
        private int[] bounds;

        private Grid(List<RawLine> lines, int[] kinds, int from, int to) {
            int n = to - from;
            text = new String[n];
            at = new int[n][];
            rule = new boolean[n];
            for (int i = 0; i < n; i++) {
                text[i] = lines.get(from + i).text();
                rule[i] = kinds[from + i] == RULE;
                at[i] = new int[text[i].length() + 1];
                for (int c = 0, col = 0; c < text[i].length(); c++) {
                    at[i][c] = col;
                    col += LineCollector.isWide(text[i].charAt(c)) ? 2 : 1;
                    at[i][c + 1] = col;
                }
            }
        }

        /** Reads the grid into rows in {@code lines}; false (nothing changed) when it is too wide to be a table. */
        static boolean read(List<RawLine> lines, int[] kinds, int from, int to) {
            Grid g = new Grid(lines, kinds, from, to);
            if (!g.findBounds()) {
                return false;
            }
            List<int[]> bands = g.bands();
            int m = g.bounds.length - 1;
            // units (band, column), joined into cells
            int[] parent = UnionFind.of(bands.size() * m);
            for (int b = 0; b < bands.size(); b++) {
                for (int k = 0; k + 1 < m; k++) {
                    if (!g.strokeIn(bands.get(b), g.bounds[k + 1])) {
                        UnionFind.union(parent, b * m + k, b * m + k + 1);
                    }
                }
                if (b + 1 < bands.size()) {
                    for (int k = 0; k < m; k++) {
                        if (g.openBetween(bands.get(b)[1], bands.get(b + 1)[0], k)) {
                            UnionFind.union(parent, b * m + k, (b + 1) * m + k);
                        }
                    }
                }
            }
            String[] texts = g.texts(bands, parent);
            for (int i = from; i < to; i++) {
                lines.set(i, new RawLine(lines.get(i).number(), "", null));
            }
            for (int b = 0; b < bands.size(); b++) {
                List<String> cells = new ArrayList<>(m);
                for (int k = 0; k < m; k++) {
                    int cell = UnionFind.find(parent, b * m + k);
                    cells.add(k > 0 && UnionFind.find(parent, b * m + k - 1) == cell ? "" : texts[cell]);
                }
                int first = from + bands.get(b)[0];
                lines.set(first, new RawLine(lines.get(first).number(), String.join("\t", cells), cells));
            }
            return true;
        }

        /** The boundaries: the strokes of the rows and the crossings of the rules. False when too many. */
        private boolean findBounds() {
            boolean[] isBound = new boolean[MAX_WIDTH + 1];
            for (int i = 0; i < text.length; i++) {
                for (int c = 0; c < text[i].length(); c++) {
                    char ch = text[i].charAt(c);
                    if (rule[i] ? isCrossing(ch) : isVertical(ch)) {
                        if (at[i][c] > MAX_WIDTH) {
                            return false;
                        }
                        isBound[at[i][c]] = true;
                    }
                }
            }
            int[] b = new int[MAX_COLUMNS + 1];
            int count = 0;
            for (int col = 0; col <= MAX_WIDTH; col++) {
                if (isBound[col]) {
                    if (count == b.length) {
                        return false;
                    }
                    b[count++] = col;
                }
            }
            bounds = Arrays.copyOf(b, count);
            return count >= 2;
        }

        /** The bands: runs of row lines {@code [first, end)} between rules. */
        private List<int[]> bands() {
            List<int[]> bands = new ArrayList<>();
            for (int i = 0; i < text.length; ) {
                if (rule[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < text.length && !rule[j]) {
                    j++;
                }
                bands.add(new int[] {i, j});
                i = j;
            }
            return bands;
        }

        /** True when some line of the band has a stroke at display column {@code col}. */
        private boolean strokeIn(int[] band, int col) {
            for (int i = band[0]; i < band[1]; i++) {
                int c = charAt(i, col);
                if (c >= 0 && isVertical(text[i].charAt(c))) {
                    return true;
                }
            }
            return false;
        }

        /** True when the rules between two bands (lines {@code [from, to)}) draw no horizontal stroke in column k. */
        private boolean openBetween(int from, int to, int k) {
            for (int i = from; i < to; i++) {
                String seg = segment(i, bounds[k], bounds[k + 1]);
                for (int c = 0; c < seg.length(); c++) {
                    if (isHorizontal(seg.charAt(c))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Each cell's text, by its representative unit: on every line that crosses it (its bands' rows and the rules it
         * passes), what lies within its columns on that band, joined as wrapped lines are.
         */
        private String[] texts(List<int[]> bands, int[] parent) {
            int m = bounds.length - 1;
            StringBuilder[] out = new StringBuilder[parent.length];
            for (int b = 0; b < bands.size(); b++) {
                int last = b + 1 < bands.size() ? bands.get(b + 1)[0] : bands.get(b)[1];
                for (int i = bands.get(b)[0]; i < last; i++) { // the band's rows, then the rules below it
                    for (int k = 0; k < m; ) {
                        int cell = UnionFind.find(parent, b * m + k);
                        int end = k + 1;
                        while (end < m && UnionFind.find(parent, b * m + end) == cell) {
                            end++;
                        }
                        // on a rule, only the text of a cell that it passes
                        if (!rule[i] || b + 1 < bands.size() && UnionFind.find(parent, (b + 1) * m + k) == cell) {
                            if (out[cell] == null) {
                                out[cell] = new StringBuilder();
                            }
                            LineCollector.append(out[cell], segment(i, bounds[k], bounds[end]));
                        }
                        k = end;
                    }
                }
            }
            String[] texts = new String[parent.length];
            for (int u = 0; u < parent.length; u++) {
                texts[u] = out[u] == null ? "" : out[u].toString();
            }
            return texts;
        }

        /** The characters of line {@code i} strictly between display columns {@code left} and {@code right}. */
        private String segment(int i, int left, int right) {
            int from = firstAfter(i, left);
            int to = firstAfter(i, right - 1);
            return from < to ? text[i].substring(from, to) : "";
        }

        /** The index of the character of line {@code i} that starts at display column {@code col}, or -1. */
        private int charAt(int i, int col) {
            int c = firstAfter(i, col - 1);
            return c < text[i].length() && at[i][c] == col ? c : -1;
        }

        /** The index of the first character of line {@code i} that starts after display column {@code col}. */
        private int firstAfter(int i, int col) {
            // at[i] ascends strictly: every character takes a column or two
            int c = Arrays.binarySearch(at[i], 0, text[i].length(), col + 1);
            return c >= 0 ? c : -c - 1;
        }
    }

    /** {@link #RULE}, {@link #ROW} or {@link #NONE}. */
    private static int kind(String line) {
        if (!mayDraw(line)) {
            return NONE;
        }
        int strokes = 0;
        int separators = 0;
        boolean startsWithSeparator = false;
        boolean first = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isHorizontal(c)) {
                if (++strokes == 3) {
                    return RULE;
                }
            } else {
                strokes = 0;
            }
            if (isVertical(c) && (i == 0 || line.charAt(i - 1) != '\\')) {
                separators++;
                startsWithSeparator |= first;
            }
            first &= c == ' ' || c == '\u3000';
        }
        return startsWithSeparator && separators >= 2 ? ROW : NONE;
    }

    /** What lies between the vertical strokes of a row (an escaped {@code \|} is a character of its cell). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = null; // null before the first stroke
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                if (cell != null) {
                    cell.append('|');
                }
                i++;
            } else if (isVertical(c)) {
                if (cell != null) {
                    cells.add(LineCollector.clean(cell.toString()));
                }
                cell = new StringBuilder();
            } else if (cell != null) {
                cell.append(c);
            }
        }
        String last = cell == null ? "" : LineCollector.clean(cell.toString());
        if (!last.isEmpty()) {
            cells.add(last); // a last cell without its closing stroke
        }
        return cells;
    }

    private static boolean isVertical(char c) {
        return c == '|' || c == '│' || c == '┃' || c == '║';
    }

    private static boolean isHorizontal(char c) {
        return c == '-' || c == '=' || c == '─' || c == '━' || c == '═';
    }

    /** A character at which a rule meets a column boundary: a crossing, a corner, a tee or a vertical stroke. */
    private static boolean isCrossing(char c) {
        return c == '+' || isVertical(c) || c >= '\u2500' && c <= '\u257f' && !isHorizontal(c);
    }
}
