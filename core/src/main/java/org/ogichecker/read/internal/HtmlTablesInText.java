package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML tables inside plain text, as converters write the tables Markdown cannot draw (cells spanning rows or
 * columns): pandoc a tag a line, the PDF converters that feed language models (MinerU and others) a whole table on one
 * line. Each table is read as the HTML reader reads it ({@link HtmlReader#rows}, spans expanded) and its rows stand
 * on the lines their {@code <tr>} starts on; the table's other lines are blank. A table on fewer lines than it has rows
 * puts the rows that find no line of their own on its last line (they share its number). Text beside a table on its
 * lines is markup of the converter's ({@code <html><body>}) and is left out.
 */
final class HtmlTablesInText {

    private HtmlTablesInText() {
    }

    /** Whether {@code text} may hold an HTML table: one search of the whole text, not a look at each line. */
    static boolean mayHold(String text) {
        return text.indexOf("<table") >= 0 || text.indexOf("<TABLE") >= 0;
    }

    /** Replaces, in place, the lines of each HTML table of {@code lines} by its rows. */
    static void read(List<RawLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            int opens = tags(lines.get(i).text(), "<table");
            if (opens == 0) {
                continue;
            }
            int depth = opens - tags(lines.get(i).text(), "</table");
            int end = i;
            while (depth > 0 && end + 1 < lines.size()) {
                end++;
                depth += tags(lines.get(end).text(), "<table") - tags(lines.get(end).text(), "</table");
            }
            List<RawLine> block = block(lines.subList(i, end + 1));
            lines.subList(i, end + 1).clear();
            lines.addAll(i, block);
            i += block.size() - 1;
        }
    }

    /** The rows of the tables on {@code lines}, on the lines their rows start on, and blank lines. */
    private static List<RawLine> block(List<RawLine> lines) {
        StringBuilder html = new StringBuilder();
        for (RawLine l : lines) {
            html.append(l.text()).append('\n');
        }
        Document doc = Jsoup.parse(html.toString(), "", Parser.htmlParser().setTrackPosition(true));
        List<RawLine> out = new ArrayList<>(lines.size());
        for (RawLine l : lines) {
            out.add(new RawLine(l.number(), "", null));
        }
        int last = -1; // the index in out of the last row placed
        for (Element table : doc.body().getElementsByTag("table")) {
            if (table.parent() != null && table.parent().closest("table") != null) {
                continue; // a table nested in a cell is part of that cell's text
            }
            List<Element> trs = HtmlReader.rowElements(table);
            List<List<String>> rows = HtmlReader.rows(table);
            for (int r = 0; r < rows.size(); r++) {
                int at = Math.max(trs.get(r).sourceRange().start().lineNumber() - 1, last + 1);
                RawLine row = LineCollector.row(lines.get(Math.min(at, lines.size() - 1)).number(), rows.get(r));
                if (row == null) {
                    continue; // a row without text, as the HTML reader drops it
                }
                if (at < lines.size()) {
                    out.set(at, row);
                } else {
                    out.add(row); // no line of its own left: on the table's last line
                }
                last = at;
            }
        }
        return out;
    }

    /** How many times {@code tag} (lower case, e.g. {@code <table}) opens in {@code line}, in any case. */
    private static int tags(String line, String tag) {
        int n = 0;
        for (int i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1)) {
            if (line.regionMatches(true, i, tag, 0, tag.length())) {
                int after = i + tag.length();
                if (after == line.length() || !Character.isLetterOrDigit(line.charAt(after))) {
                    n++;
                }
            }
        }
        return n;
    }
}
