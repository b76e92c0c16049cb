package org.ogichecker.model;

import java.util.List;
import java.util.Optional;

/**
 * A report read into the model. Immutable; every list is a copy.
 *
 * @param source     where it came from (a path, or a name given by the caller)
 * @param metadata   title, agency, year, body type, publication date, regime
 * @param sections   the numbered headings in document order
 * @param period     the statistics period, or null when not stated
 * @param contact    the contact details, or null when none are given
 * @param tables     the statistics tables found
 * @param cells      every value cell of those tables
 * @param figures    numbers stated in the narrative
 * @param groups     "total, 其中 parts" groups in the narrative
 * @param statements qualitative statements recognised in the narrative
 * @param lines      the source lines, for quoting evidence
 * @param problems   what the reader could not do; an UNREADABLE problem means nothing else was read
 */
public record Report(
        String source,
        ReportMetadata metadata,
        List<Section> sections,
        StatisticsPeriod period,
        Contact contact,
        List<TableInfo> tables,
        List<Cell> cells,
        List<Figure> figures,
        List<FigureGroup> groups,
        List<Statement> statements,
        List<SourceLine> lines,
        List<ReadProblem> problems) {

    public Report {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        cells = List.copyOf(cells);
        figures = List.copyOf(figures);
        groups = List.copyOf(groups);
        statements = List.copyOf(statements);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** A report that could not be read at all, with the reason in English and in Chinese. */
    public static Report unreadable(String source, String reason, String reasonZh) {
        return new Report(source,
                new ReportMetadata(null, null, null, null, BodyType.UNKNOWN, null, 0, null),
                List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new ReadProblem(ReadProblem.UNREADABLE, reason, reasonZh, 0)));
    }

    /** A report that could not be read at all, with a reason in one language only (shown in both). */
    public static Report unreadable(String source, String reason) {
        return unreadable(source, reason, reason);
    }

    public boolean isUnreadable() {
        for (ReadProblem p : problems) {
            if (ReadProblem.UNREADABLE.equals(p.kind())) {
                return true;
            }
        }
        return false;
    }

    /** The original text of a source line, or "" when out of range. */
    public String lineText(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1).text() : "";
    }

    public Optional<TableInfo> table(String id) {
        return tables.stream().filter(t -> t.table().equals(id)).findFirst();
    }

    public Optional<Cell> cell(String table, String rowKey, String columnKey) {
        return cells.stream()
                .filter(c -> c.table().equals(table) && c.rowKey().equals(rowKey) && c.columnKey().equals(columnKey))
                .findFirst();
    }

    public Report withMetadata(ReportMetadata m) {
        return new Report(source, m, sections, period, contact, tables, cells, figures, groups, statements, lines,
                problems);
    }
}
