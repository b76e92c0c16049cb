package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.model.Contact;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.Section;
import org.ogichecker.model.SourceLine;
import org.ogichecker.model.StatisticsPeriod;
import org.ogichecker.model.TableInfo;

/**
 * Builds the model from the lines a format reader delivers.
 *
 * <p>Order: tables first (their rows are then out of the way), trailing web-page furniture dropped,
 * then sections, statistics period, contact, metadata and the narrative from the remaining
 * paragraph lines. Section text holds paragraph text only; each recognised table inside a section
 * is represented there by one line {@code [表格:<table title>]} (e.g. {@code [表格:主动公开政府信息情况]}),
 * so that a part consisting of its table is not empty while table labels and numbers stay out of
 * the text.
 */
public final class ReportParser {

    private ReportParser() {
    }

    /**
     * Plain text to lines: a line with a tab is a table row, and so is a row of a table drawn with characters
     * ({@link DrawnRows}) and a line whose columns are aligned with spaces or that ends in values set one space apart
     * ({@link SpacedRows}; a line that holds two ASCII spaces in a row, or ends in a digit after a space); others are
     * paragraphs. Markdown markup is not part of a line ({@link Markdown}), and an HTML table in the text is read as
     * rows ({@link HtmlTablesInText}).
     */
    public static List<RawLine> textLines(String text) {
        List<RawLine> out = new ArrayList<>();
        int n = text.length();
        // lines end at \r\n, \r or \n; the text after the last end is a line too, even when empty.
        // indexOf finds the ends (and the tabs) much faster than a loop over the characters.
        int cr = text.indexOf('\r');
        int lf = text.indexOf('\n');
        int tab = text.indexOf('\t');
        // only a line with two spaces in a row can be a row aligned with spaces: one search of the whole text finds
        // them, rather than a look at every line
        int gap = text.indexOf("  ");
        boolean markdown = Markdown.mayHold(text);
        boolean html = markdown && HtmlTablesInText.mayHold(text); // its '<' makes markdown true
        int from = 0;
        boolean spaced = false;
        boolean drawn = false;
        int lone = 0; // lines that are a value alone
        while (true) {
            if (cr >= 0 && cr < from) {
                cr = text.indexOf('\r', from);
            }
            if (lf >= 0 && lf < from) {
                lf = text.indexOf('\n', from);
            }
            if (tab >= 0 && tab < from) {
                tab = text.indexOf('\t', from);
            }
            if (gap >= 0 && gap < from) {
                gap = text.indexOf("  ", from);
            }
            int end = cr < 0 ? (lf < 0 ? n : lf) : (lf < 0 ? cr : Math.min(cr, lf));
            String l = markdown ? Markdown.plain(text.substring(from, end)) : text.substring(from, end);
            boolean tabbed = tab >= 0 && tab < end;
            // a drawn table's lines are padded with spaces too, but their strokes delimit the cells
            boolean draws = !tabbed && DrawnRows.mayDraw(l);
            List<String> cells = tabbed ? cells(l)
                    : !draws && (gap >= 0 && gap < end || SpacedRows.mayEndInValues(l)) ? SpacedRows.cells(l) : null;
            spaced |= !tabbed && cells != null;
            drawn |= draws;
            lone += cells == null && !tabbed && SpacedRows.isLoneValue(l) ? 1 : 0;
            out.add(new RawLine(out.size() + 1, l, cells));
            if (end == n) {
                if (html) {
                    HtmlTablesInText.read(out);
                }
                if (drawn) {
                    DrawnRows.read(out);
                }
                if (lone >= SpacedRows.MIN_LONE_VALUES) {
                    spaced |= SpacedRows.aCellALine(out);
                }
                if (spaced) {
                    SpacedRows.aboveRows(out);
                    SpacedRows.wrappedLabels(out);
                }
                return out;
            }
            from = end + 1;
            if (text.charAt(end) == '\r' && from < n && text.charAt(from) == '\n') {
                from++;
            }
        }
    }

    /**
     * The tab-separated cells of a row, empty ones included: an immutable list that RawLine keeps without a copy.
     * One search for the tabs: their positions are kept (most rows have a few cells) rather than searched twice.
     */
    private static List<String> cells(String row) {
        int[] tabs = new int[8];
        int count = 0;
        for (int tab = row.indexOf('\t'); tab >= 0; tab = row.indexOf('\t', tab + 1)) {
            if (count == tabs.length) {
                tabs = Arrays.copyOf(tabs, count * 2);
            }
            tabs[count++] = tab;
        }
        String[] cells = new String[count + 1];
        int from = 0;
        for (int i = 0; i < count; i++) {
            cells[i] = row.substring(from, tabs[i]);
            from = tabs[i] + 1;
        }
        cells[count] = row.substring(from);
        return List.of(cells);
    }

    public static Report parse(String source, List<RawLine> lines) {
        // the rows of a table written on one line share its number: one source line holds them all
        SourceLine[] src = new SourceLine[lines.size()];
        int k = 0;
        for (RawLine l : lines) {
            if (k > 0 && src[k - 1].number() == l.number()) {
                src[k - 1] = new SourceLine(l.number(), src[k - 1].text() + "\n" + l.text());
            } else {
                src[k++] = new SourceLine(l.number(), l.text());
            }
        }
        TableExtractor.Result tables = TableExtractor.extract(lines);

        List<TextLine> text = new ArrayList<>(tables.paragraphs().size());
        for (RawLine l : tables.paragraphs()) {
            if (!l.text().isBlank()) {
                text.add(TextLine.of(l));
            }
        }
        text = HardWraps.join(tables.paragraphs(), text);
        text.subList(PageFurniture.start(text), text.size()).clear();

        List<Section> sections = SectionParser.parse(withTables(text, tables.tables()));
        Paragraphs paragraphs = new Paragraphs(text);
        StatisticsPeriod period = PeriodParser.find(paragraphs);
        Contact contact = ContactParser.find(paragraphs);
        ReportMetadata meta = MetadataExtractor.extract(paragraphs, sections, period);
        NarrativeExtractor.Narrative narrative = NarrativeExtractor.extract(text, sections);
        return new Report(source, meta, sections, period, contact, tables.tables(), tables.cells(),
                narrative.figures(), narrative.groups(), narrative.statements(),
                List.of(k == src.length ? src : Arrays.copyOf(src, k)), List.of());
    }

    /**
     * The paragraph lines (in line order) with a placeholder line after each table's last row, ordered as a stable
     * sort of both would order them: only the few tables are sorted, and merged into the lines.
     */
    private static List<TextLine> withTables(List<TextLine> text, List<TableInfo> tables) {
        List<TableInfo> byEnd = new ArrayList<>(tables);
        byEnd.sort(Comparator.comparingInt(TableInfo::endLine));
        List<TextLine> out = new ArrayList<>(text.size() + byEnd.size());
        int i = 0;
        for (TableInfo t : byEnd) {
            while (i < text.size() && text.get(i).number() <= t.endLine()) {
                out.add(text.get(i++));
            }
            String title = Layouts.byId(t.layout()).map(TableLayout::title).orElse(t.table());
            out.add(new TextLine(t.endLine(), "[表格:" + title + "]"));
        }
        out.addAll(text.subList(i, text.size()));
        return out;
    }
}
