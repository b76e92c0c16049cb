package org.ogichecker.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.ReportMetadata;

/**
 * Writes results as SARIF 2.1.0: one run, one result per finding (an unreadable input is the
 * result of its INPUT-UNREADABLE finding), suppressed findings with an external suppression and
 * the baseline's reason as justification, every input in {@code artifacts}.
 *
 * <p>Results stream, so the run's {@code results} come first and {@code artifacts}, {@code tool}
 * and the batch summary ({@code properties}) are written by {@link #finish}: JSON members have no
 * order. {@code tool.driver.rules} lists the rules given to {@link #to} (all the checker's rules,
 * with their metadata) and then any other rule that fired, described from its findings.
 */
public final class SarifWriter implements ResultWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator g;
    private final Language lang;
    private final Tally tally = new Tally();
    /** Rule id → its descriptor's index in tool.driver.rules. */
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<RuleInfo> known;
    /** Rules not given up front, described by their first finding. */
    private final List<Finding> extraRules = new ArrayList<>();
    private final List<CheckResult> artifacts = new ArrayList<>();
    private boolean started;

    private SarifWriter(Writer out, Language lang, List<RuleInfo> rules) throws IOException {
        this.lang = lang;
        this.known = List.copyOf(rules);
        known.forEach(r -> ruleIndex.putIfAbsent(r.id(), ruleIndex.size()));
        g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
    }

    /** A writer of one SARIF log to {@code out}, describing {@code rules} in the tool section. */
    public static SarifWriter to(Writer out, Language lang, List<RuleInfo> rules) throws IOException {
        return new SarifWriter(out, lang, rules);
    }

    /** The SARIF log for these results. */
    public static String toSarif(List<CheckResult> results, Language lang, List<RuleInfo> rules) {
        return ResultWriter.render(results, w -> Format.SARIF.open(w, lang, rules));
    }

    @Override
    public void add(CheckResult r) throws IOException {
        start();
        tally.add(r);
        int artifact = artifacts.size();
        artifacts.add(withoutReport(r));
        for (Finding f : r.findings().stream().sorted().toList()) {
            result(r.source(), artifact, f, null);
        }
        for (Suppressed s : r.suppressed().stream().sorted().toList()) {
            result(r.source(), artifact, s.finding(), s.reason());
        }
        g.flush();
    }

    @Override
    public void finish() throws IOException {
        start();
        g.writeEndArray();
        g.writeArrayFieldStart("artifacts");
        for (CheckResult r : artifacts) {
            g.writeStartObject();
            g.writeObjectFieldStart("location");
            g.writeStringField("uri", uri(r.source()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("status", r.status().name());
            ReportMetadata m = r.metadata();
            stringIfKnown("title", m == null ? null : m.title());
            stringIfKnown("agency", m == null ? null : m.agency());
            if (m != null && m.year() != null) {
                g.writeNumberField("year", m.year());
            }
            stringIfKnown("regime", r.regime() == null ? null : r.regime().name());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        tool();
        summary();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeArrayFieldStart("results");
    }

    private void result(String source, int artifact, Finding f, String suppressedBecause) throws IOException {
        Integer index = ruleIndex.get(f.rule());
        if (index == null) {
            index = ruleIndex.size();
            ruleIndex.put(f.rule(), index);
            extraRules.add(f);
        }
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        g.writeNumberField("ruleIndex", index);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        String text = lang.pick(f.message(), f.messageEn());
        g.writeStringField("text", text == null || text.isBlank() ? f.title() : text);
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(source));
        g.writeNumberField("index", artifact);
        g.writeEndObject();
        Location l = f.location();
        if (l.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", l.line());
            g.writeEndObject();
        }
        g.writeEndObject();
        logicalLocations(l);
        g.writeEndObject();
        g.writeEndArray();
        if (suppressedBecause != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", suppressedBecause);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("requirement", f.requirement());
        stringIfKnown("title", f.title());
        stringIfKnown("basis", f.basis());
        stringIfKnown("evidence", f.evidence());
        stringIfKnown("expected", f.expected());
        stringIfKnown("actual", f.actual());
        stringIfKnown("messageZh", f.message());
        stringIfKnown("messageEn", f.messageEn());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Section, table, row and column, each a logical location of that kind, outermost first. */
    private void logicalLocations(Location l) throws IOException {
        String[][] parts = {{"section", l.section()}, {"table", l.table()}, {"row", l.row()}, {"column", l.column()}};
        boolean any = false;
        for (String[] p : parts) {
            if (p[1] == null || p[1].isBlank()) {
                continue;
            }
            if (!any) {
                g.writeArrayFieldStart("logicalLocations");
                any = true;
            }
            g.writeStartObject();
            g.writeStringField("name", p[1]);
            g.writeStringField("kind", p[0]);
            g.writeEndObject();
        }
        if (any) {
            g.writeEndArray();
        }
    }

    private void tool() throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", Tool.NAME);
        g.writeStringField("version", Tool.VERSION);
        g.writeStringField("semanticVersion", Tool.VERSION);
        if (Tool.INFORMATION_URI != null) {
            g.writeStringField("informationUri", Tool.INFORMATION_URI);
        }
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : known) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", r.drlName());
            text("shortDescription", r.title());
            if (r.explanation() != null && !r.explanation().isBlank()) {
                text("fullDescription", r.explanation());
            }
            defaultLevel(r.severity());
            g.writeObjectFieldStart("properties");
            g.writeStringField("requirement", r.requirement());
            g.writeStringField("basis", r.basis());
            g.writeArrayFieldStart("regimes");
            for (String regime : TextWriter.regimeNames(r.regimes())) {
                g.writeString(regime);
            }
            g.writeEndArray();
            g.writeStringField("pack", r.pack());
            g.writeEndObject();
            g.writeEndObject();
        }
        for (Finding f : extraRules) {
            g.writeStartObject();
            g.writeStringField("id", f.rule());
            g.writeStringField("name", f.rule());
            text("shortDescription", f.title() == null || f.title().isBlank() ? f.rule() : f.title());
            defaultLevel(f.severity());
            g.writeObjectFieldStart("properties");
            g.writeStringField("requirement", f.requirement());
            stringIfKnown("basis", f.basis());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The batch summary, the same counts as the other formats. */
    private void summary() throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart("summary");
        tally.writeFields(g);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void text(String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private void defaultLevel(Severity s) throws IOException {
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(s));
        g.writeEndObject();
    }

    private void stringIfKnown(String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The source as a URI reference: absolute paths become file: URIs, relative ones stay relative
     * (with '/' separators and non-ASCII characters percent-encoded), so viewers resolve them
     * against the folder the tool ran in.
     */
    static String uri(String source) {
        String path = source.replace('\\', '/');
        try {
            if (path.startsWith("/") || path.matches("[A-Za-z]:/.*")) {
                return Path.of(source).toUri().toASCIIString();
            }
            // a colon before the first slash would read as a scheme
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            return new URI(null, null, first.contains(":") ? "./" + path : path, null).toASCIIString();
        } catch (URISyntaxException | InvalidPathException e) {
            throw new IllegalArgumentException("source " + source + " cannot be written as a URI", e);
        }
    }

    /** The artifacts need the metadata only; dropping the report keeps the batch's memory small. */
    private static CheckResult withoutReport(CheckResult r) {
        return new CheckResult(r.source(), r.status(), r.metadata(), r.regime(), List.of(), List.of(), null);
    }
}
