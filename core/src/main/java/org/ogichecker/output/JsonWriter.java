package org.ogichecker.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.ReportMetadata;

/**
 * Writes results as JSON for machines. The shape is a contract (see README): fields are added,
 * never renamed; {@link #FORMAT_VERSION} changes only if one must be. Field order is fixed, unknown
 * values are {@code null}, and findings are sorted, so the same input gives the same bytes.
 */
public final class JsonWriter implements ResultWriter {

    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator g;
    private final Tally tally = new Tally();
    private boolean started;

    private JsonWriter(Writer out) throws IOException {
        g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    /** A writer of one JSON document to {@code out}. */
    public static JsonWriter to(Writer out) throws IOException {
        return new JsonWriter(out);
    }

    /** The JSON document for these results. */
    public static String toJson(List<CheckResult> results) {
        return ResultWriter.render(results, w -> {
            try {
                return to(w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes the loaded rules with their metadata: {@code {"formatVersion", "tool", "rules": [...]}}. */
    public static void writeRules(List<RuleInfo> rules, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.header("rules");
        for (RuleInfo r : rules) {
            w.g.writeStartObject();
            w.g.writeStringField("id", r.id());
            w.g.writeStringField("requirement", r.requirement());
            w.g.writeStringField("severity", r.severity().name());
            w.g.writeArrayFieldStart("regimes");
            for (String regime : TextWriter.regimeNames(r.regimes())) {
                w.g.writeString(regime);
            }
            w.g.writeEndArray();
            w.g.writeStringField("pack", r.pack());
            w.g.writeStringField("title", r.title());
            w.g.writeStringField("basis", r.basis());
            w.g.writeStringField("explanation", r.explanation());
            w.g.writeEndObject();
        }
        w.g.writeEndArray();
        w.g.writeEndObject();
        w.end();
    }

    @Override
    public void add(CheckResult r) throws IOException {
        if (!started) {
            header("reports");
        }
        tally.add(r);
        ReportMetadata m = r.metadata();
        g.writeStartObject();
        g.writeStringField("source", r.source());
        g.writeStringField("status", r.status().name());
        g.writeStringField("title", m == null ? null : m.title());
        g.writeStringField("agency", m == null ? null : m.agency());
        if (m == null || m.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", m.year());
        }
        g.writeStringField("regime", r.regime() == null ? null : r.regime().name());
        g.writeStringField("bodyType", m == null || m.bodyType() == null ? null : m.bodyType().name());
        g.writeStringField("published", m == null || m.published() == null ? null : m.published().toString());
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings().stream().sorted().toList()) {
            g.writeStartObject();
            finding(f);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("suppressed");
        for (Suppressed s : r.suppressed().stream().sorted().toList()) {
            g.writeStartObject();
            finding(s.finding());
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        if (r.report() != null) {
            for (ReadProblem p : r.report().problems()) {
                g.writeStartObject();
                g.writeStringField("kind", p.kind());
                g.writeStringField("message", p.message());
                g.writeStringField("messageZh", p.messageZh());
                line(p.line());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        // a count: the rules run are those of the report's regime (see --list-rules), the same for every report
        g.writeNumberField("rulesRun", r.rulesRun().size());
        g.writeEndObject();
        g.flush();
    }

    @Override
    public void finish() throws IOException {
        if (!started) {
            header("reports");
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        tally.writeFields(g);
        g.writeEndObject();
        g.writeEndObject();
        end();
    }

    /** Opens the document and the array named {@code list}. */
    private void header(String list) throws IOException {
        started = true;
        g.writeStartObject();
        g.writeNumberField("formatVersion", FORMAT_VERSION);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", Tool.NAME);
        g.writeStringField("version", Tool.VERSION);
        g.writeEndObject();
        g.writeArrayFieldStart(list);
    }

    private void end() throws IOException {
        g.writeRaw('\n');
        g.flush();
    }

    /** The fields of a finding, inside an object the caller opens and closes. */
    private void finding(Finding f) throws IOException {
        g.writeStringField("rule", f.rule());
        g.writeStringField("requirement", f.requirement());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("title", f.title());
        g.writeStringField("basis", f.basis());
        g.writeStringField("message", f.message());
        g.writeStringField("messageEn", f.messageEn());
        Location l = f.location();
        g.writeObjectFieldStart("location");
        g.writeStringField("section", l.section());
        g.writeStringField("table", l.table());
        g.writeStringField("row", l.row());
        g.writeStringField("column", l.column());
        line(l.line());
        g.writeEndObject();
        g.writeStringField("evidence", f.evidence());
        g.writeStringField("expected", f.expected());
        g.writeStringField("actual", f.actual());
    }

    /** A 1-based source line, or null when unknown (0). */
    private void line(int line) throws IOException {
        if (line > 0) {
            g.writeNumberField("line", line);
        } else {
            g.writeNullField("line");
        }
    }
}
