package org.ogichecker.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.ReportMetadata;

/**
 * Writes one CSV row per finding for spreadsheets (RFC 4180: CRLF, fields quoted when needed),
 * UTF-8 with a byte order mark so that Excel reads the Chinese. Suppressed findings are rows too,
 * marked in the {@code suppressed} column with their {@code reason}; a report without findings is
 * one row with empty finding columns, so every input appears. The batch summary is not written: a
 * row is a finding, and the counts are a pivot of the rows.
 */
public final class CsvWriter implements ResultWriter {

    static final List<String> COLUMNS = List.of("source", "status", "agency", "year", "regime", "severity", "rule",
            "requirement", "section", "table", "row", "column", "line", "message", "basis", "evidence", "expected",
            "actual", "suppressed", "reason");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Writer out;
    private final Language lang;
    private boolean started;

    private CsvWriter(Writer out, Language lang) {
        this.out = out;
        this.lang = lang;
    }

    public static CsvWriter to(Writer out, Language lang) {
        return new CsvWriter(out, lang);
    }

    /** The CSV for these results. */
    public static String toCsv(List<CheckResult> results, Language lang) {
        return ResultWriter.render(results, w -> to(w, lang));
    }

    @Override
    public void add(CheckResult r) throws IOException {
        header();
        StringBuilder b = new StringBuilder();
        ReportMetadata m = r.metadata();
        List<String> report = Arrays.asList(r.source(), r.status().name(), m == null ? null : m.agency(),
                m == null || m.year() == null ? null : m.year().toString(),
                r.regime() == null ? null : r.regime().name());
        for (Finding f : r.findings().stream().sorted().toList()) {
            row(b, report, f, null);
        }
        for (Suppressed s : r.suppressed().stream().sorted().toList()) {
            row(b, report, s.finding(), s.reason());
        }
        if (r.findings().isEmpty() && r.suppressed().isEmpty()) {
            List<String> cells = new ArrayList<>(report);
            while (cells.size() < COLUMNS.size()) {
                cells.add(null);
            }
            record(b, cells);
        }
        out.write(b.toString());
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        header();
        out.flush();
    }

    private void header() throws IOException {
        if (!started) {
            started = true;
            StringBuilder b = new StringBuilder("\uFEFF");
            record(b, COLUMNS);
            out.write(b.toString());
        }
    }

    private void row(StringBuilder b, List<String> report, Finding f, String reason) {
        Location l = f.location();
        String message = lang.pick(f.message(), f.messageEn());
        List<String> cells = new ArrayList<>(report);
        cells.addAll(Arrays.asList(f.severity().name(), f.rule(), f.requirement(), l.section(), l.table(), l.row(),
                l.column(), l.line() > 0 ? Integer.toString(l.line()) : null, message == null ? f.title() : message,
                f.basis(), f.evidence(), f.expected(), f.actual(), reason == null ? "false" : "true", reason));
        record(b, cells);
    }

    private static void record(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(cells.get(i)));
        }
        b.append("\r\n");
    }

    /**
     * One field, quoted when it holds a comma, quote or line break (quotes doubled). Text that a
     * spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe: report text is
     * not trusted.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
