package org.ogichecker.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.output.Results.checked;
import static org.ogichecker.output.Results.finding;
import static org.ogichecker.output.Results.unreadable;
import static org.ogichecker.output.Results.withSuppressed;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;

class CsvWriterTest {

    /** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }

    private static String column(List<String> row, String name) {
        return row.get(CsvWriter.COLUMNS.indexOf(name));
    }

    @Test
    void theFileStartsWithABomAndTheHeaderAndHasOneRowPerFinding() {
        String csv = CsvWriter.toCsv(List.of(checked("a.txt", finding("R1", Severity.ERROR, 42),
                finding("R2", Severity.WARNING, 7))), Language.ZH);

        assertThat(csv).startsWith("\uFEFFsource,status,agency,year,regime,severity,rule,requirement,section,table,"
                + "row,column,line,message,basis,evidence,expected,actual,suppressed,reason\r\n");
        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(CsvWriter.COLUMNS.size()));
        List<String> first = rows.get(1);
        assertThat(column(first, "source")).isEqualTo("a.txt");
        assertThat(column(first, "agency")).isEqualTo("某某市人民政府");
        assertThat(column(first, "year")).isEqualTo("2021");
        assertThat(column(first, "regime")).isEqualTo("F2021");
        assertThat(column(first, "rule")).isEqualTo("R1");
        assertThat(column(first, "table")).isEqualTo("T3");
        assertThat(column(first, "line")).isEqualTo("42");
        assertThat(column(first, "message")).isEqualTo("表三合计不平：100 ≠ 90 + 5");
        assertThat(column(first, "expected")).isEqualTo("95");
        assertThat(column(first, "suppressed")).isEqualTo("false");
        assertThat(column(rows.get(2), "rule")).isEqualTo("R2");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndFormulasAreDefused() {
        Finding f = finding("R1", Severity.ERROR, 1);
        Finding tricky = new Finding(f.rule(), f.requirement(), f.severity(), "a, \"b\"", f.title(), f.message(),
                f.messageEn(), f.location(), "第一行\n第二行", "=HYPERLINK(\"x\")", "-5");

        List<String> row = parse(CsvWriter.toCsv(List.of(checked("a.txt", tricky)), Language.EN).substring(1)).get(1);

        assertThat(column(row, "basis")).isEqualTo("a, \"b\"");
        assertThat(column(row, "evidence")).isEqualTo("第一行\n第二行");
        assertThat(column(row, "expected")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(column(row, "actual")).isEqualTo("-5");
        assertThat(column(row, "message")).isEqualTo("Table 3 does not balance: 100 ≠ 90 + 5");
    }

    @Test
    void everyInputIsARowEvenWithoutFindingsOrUnreadable() {
        List<List<String>> rows = parse(CsvWriter.toCsv(List.of(checked("a.txt"), unreadable("b.pdf")), Language.ZH)
                .substring(1));

        assertThat(rows).hasSize(3);
        assertThat(column(rows.get(1), "source")).isEqualTo("a.txt");
        assertThat(column(rows.get(1), "rule")).isEmpty();
        assertThat(column(rows.get(1), "suppressed")).isEmpty();
        assertThat(column(rows.get(2), "status")).isEqualTo("UNREADABLE");
        assertThat(column(rows.get(2), "rule")).isEqualTo("INPUT-UNREADABLE");
    }

    @Test
    void suppressedFindingsAreRowsMarkedWithTheirReason() {
        List<List<String>> rows = parse(CsvWriter.toCsv(List.of(withSuppressed(checked("a.txt"),
                new Suppressed(finding("R9", Severity.ERROR, 3), "口径已核实"))), Language.ZH).substring(1));

        assertThat(rows).hasSize(2);
        assertThat(column(rows.get(1), "rule")).isEqualTo("R9");
        assertThat(column(rows.get(1), "suppressed")).isEqualTo("true");
        assertThat(column(rows.get(1), "reason")).isEqualTo("口径已核实");
    }

    @Test
    void anEmptyBatchIsTheHeaderAlone() {
        assertThat(parse(CsvWriter.toCsv(List.of(), Language.ZH).substring(1))).hasSize(1);
    }
}
