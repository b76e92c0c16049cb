package org.ogichecker.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Cell;
import org.ogichecker.model.CellState;
import org.ogichecker.model.Contact;
import org.ogichecker.model.Figure;
import org.ogichecker.model.FigureGroup;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.Section;
import org.ogichecker.model.SourceLine;
import org.ogichecker.model.Statement;
import org.ogichecker.model.StatementKind;
import org.ogichecker.model.StatisticsPeriod;
import org.ogichecker.model.TableInfo;

/**
 * Builds small reports directly in the model for rule fixtures, so that a rule test states
 * exactly the facts it is about. Line numbers are assigned in call order.
 */
public final class ReportBuilder {
    private String source = "fixture";
    private String title;
    private String agency = "某某市科学技术局";
    private Integer year = 2021;
    private String yearEvidence = "title";
    private BodyType bodyType = BodyType.DEPARTMENT;
    private LocalDate published;
    private int publishedLine;
    private final List<Section> sections = new ArrayList<>();
    private StatisticsPeriod period;
    private Contact contact;
    private final List<TableInfo> tables = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<FigureGroup> groups = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    public static ReportBuilder report() {
        return new ReportBuilder();
    }

    private int line(String text) {
        lines.add(new SourceLine(lines.size() + 1, text));
        return lines.size();
    }

    public ReportBuilder source(String s) {
        source = s;
        return this;
    }

    public ReportBuilder title(String t) {
        title = t;
        line(t);
        return this;
    }

    public ReportBuilder agency(String a) {
        agency = a;
        return this;
    }

    public ReportBuilder year(Integer y) {
        year = y;
        yearEvidence = y == null ? null : "title";
        return this;
    }

    public ReportBuilder yearEvidence(String e) {
        yearEvidence = e;
        return this;
    }

    public ReportBuilder body(BodyType b) {
        bodyType = b;
        return this;
    }

    public ReportBuilder published(LocalDate d) {
        published = d;
        publishedLine = line("发布时间：" + d);
        return this;
    }

    /** A top-level part such as section(1, "一", "总体情况", "…"). */
    public ReportBuilder section(int ordinal, String number, String heading, String text) {
        return section(1, ordinal, number, heading, text, -1);
    }

    /** A section of any level; parent is the index of the enclosing section or -1. */
    public ReportBuilder section(int level, int ordinal, String number, String heading, String text, int parent) {
        int l = line(number + (level == 1 ? "、" : "") + heading);
        int end = l;
        for (String t : text.split("\n")) {
            if (!t.isEmpty()) {
                end = line(t);
            }
        }
        sections.add(new Section(sections.size(), level, number, ordinal, heading, text, l, end, parent));
        return this;
    }

    public ReportBuilder period(LocalDate from, LocalDate to) {
        String ev = "本报告所列数据的统计期限自" + from + "至" + to;
        period = new StatisticsPeriod(from, to, ev, line(ev));
        return this;
    }

    public ReportBuilder contact(String address, String postcode, List<String> phones, List<String> emails) {
        String ev = "地址：" + address + "；邮编：" + postcode + "；电话：" + phones + "；邮箱：" + emails;
        contact = new Contact(address, postcode, phones, List.of(), emails, ev, line(ev));
        return this;
    }

    /** Declares a table found with the given layout (no structure problems). */
    public ReportBuilder table(String layoutId) {
        TableLayout l = Layouts.byId(layoutId).orElseThrow();
        int at = line("[table " + layoutId + "]");
        tables.add(new TableInfo(l.table(), layoutId, at, at, List.of(), List.of(), List.of(), List.of()));
        return this;
    }

    public ReportBuilder table(TableInfo info) {
        tables.add(info);
        return this;
    }

    /** A numeric cell; the label comes from the layout. */
    public ReportBuilder cell(String layoutId, String rowKey, String columnKey, long value) {
        return cell(layoutId, rowKey, columnKey, String.valueOf(value));
    }

    /** A cell with raw text: a number, "" / "—" / "/" (blank) or anything else (invalid). */
    public ReportBuilder cell(String layoutId, String rowKey, String columnKey, String raw) {
        TableLayout l = Layouts.byId(layoutId).orElseThrow();
        RowDef row = l.row(rowKey).orElseThrow(() -> new IllegalArgumentException("no row " + rowKey));
        String colLabel = l.column(columnKey).orElseThrow(() -> new IllegalArgumentException("no column " + columnKey))
                .label();
        String r = raw.trim();
        CellState state;
        BigDecimal v = null;
        if (r.isEmpty() || r.equals("—") || r.equals("-") || r.equals("/")) {
            state = CellState.BLANK;
        } else {
            try {
                v = new BigDecimal(r);
                state = CellState.NUMBER;
            } catch (NumberFormatException e) {
                state = CellState.INVALID;
            }
        }
        cells.add(new Cell(l.table(), rowKey, columnKey, row.label(), colLabel, state, v, r,
                line(row.label() + "\t" + r)));
        return this;
    }

    /** Every data cell of a layout set to one value (a quick consistent table of zeros). */
    public ReportBuilder fill(String layoutId, long value) {
        TableLayout l = Layouts.byId(layoutId).orElseThrow();
        table(layoutId);
        for (RowDef r : l.dataRows()) {
            for (String c : r.columns()) {
                cell(layoutId, r.key(), c, value);
            }
        }
        return this;
    }

    /** Replaces (or adds) a cell's value. */
    public ReportBuilder set(String layoutId, String rowKey, String columnKey, String raw) {
        TableLayout l = Layouts.byId(layoutId).orElseThrow();
        cells.removeIf(c -> c.table().equals(l.table()) && c.rowKey().equals(rowKey) && c.columnKey().equals(columnKey));
        return cell(layoutId, rowKey, columnKey, raw);
    }

    public ReportBuilder set(String layoutId, String rowKey, String columnKey, long value) {
        return set(layoutId, rowKey, columnKey, String.valueOf(value));
    }

    /** A narrative figure in the section with the given index (-1 for none). */
    public ReportBuilder figure(long value, String unit, String before, String after, int section) {
        int l = line(before + value + unit + after);
        figures.add(new Figure(BigDecimal.valueOf(value), unit, before, after, section, l));
        return this;
    }

    public ReportBuilder group(Figure total, List<Figure> parts, String evidence) {
        int l = line(evidence);
        groups.add(new FigureGroup(total, parts, evidence, l));
        return this;
    }

    public ReportBuilder statement(StatementKind kind, String evidence, int section) {
        statements.add(new Statement(kind, null, "", evidence, section, line(evidence)));
        return this;
    }

    /** A claim with a number, e.g. statement(APPLICATIONS_RECEIVED, 17, "件", "受理政府信息公开申请17件", 0). */
    public ReportBuilder statement(StatementKind kind, long value, String unit, String evidence, int section) {
        statements.add(new Statement(kind, BigDecimal.valueOf(value), unit, evidence, section, line(evidence)));
        return this;
    }

    public ReportBuilder problem(String kind, String message, String messageZh) {
        problems.add(new ReadProblem(kind, message, messageZh, 0));
        return this;
    }

    public Report build() {
        String t = title != null ? title : (agency + (year == null ? "" : year + "年") + "政府信息公开工作年度报告");
        return new Report(source,
                new ReportMetadata(t, agency, year, yearEvidence, bodyType, published, publishedLine, null),
                sections, period, contact, tables, cells, figures, groups, statements, lines, problems);
    }
}
