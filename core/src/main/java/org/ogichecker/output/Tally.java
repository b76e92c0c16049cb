package org.ogichecker.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;

/** Running counts for the summary of a batch, the same in every format. Only active findings count. */
final class Tally {

    /** How many requirements the summary lists. */
    static final int TOP = 5;

    /** A requirement with the number of its findings and of the reports that have one. */
    record RequirementCount(String requirement, long findings, int reports) {
    }

    int reports;
    int unreadable;
    long errors;
    long warnings;
    long infos;
    long suppressed;
    private final Map<String, long[]> byRequirement = new HashMap<>();

    /** Writes the counts as the fields of the JSON summary object {@code g} is in (JSON and SARIF). */
    void writeFields(JsonGenerator g) throws IOException {
        g.writeNumberField("reports", reports);
        g.writeNumberField("checked", checked());
        g.writeNumberField("unreadable", unreadable);
        g.writeNumberField("errors", errors);
        g.writeNumberField("warnings", warnings);
        g.writeNumberField("infos", infos);
        g.writeNumberField("suppressed", suppressed);
        g.writeArrayFieldStart("topRequirements");
        for (RequirementCount c : top()) {
            g.writeStartObject();
            g.writeStringField("requirement", c.requirement());
            g.writeNumberField("findings", c.findings());
            g.writeNumberField("reports", c.reports());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    void add(CheckResult r) {
        reports++;
        if (r.status() == CheckResult.Status.UNREADABLE) {
            unreadable++;
        }
        errors += r.count(Severity.ERROR);
        warnings += r.count(Severity.WARNING);
        infos += r.count(Severity.INFO);
        suppressed += r.suppressed().size();
        r.findings().stream().map(Finding::requirement).distinct()
                .forEach(req -> byRequirement.computeIfAbsent(req, k -> new long[2])[1]++);
        r.findings().forEach(f -> byRequirement.get(f.requirement())[0]++);
    }

    int checked() {
        return reports - unreadable;
    }

    /** The {@link #TOP} requirements with the most findings (then the most reports, then by id). */
    List<RequirementCount> top() {
        return byRequirement.entrySet().stream()
                .map(e -> new RequirementCount(e.getKey(), e.getValue()[0], (int) e.getValue()[1]))
                .sorted(Comparator.comparingLong(RequirementCount::findings).reversed()
                        .thenComparing(Comparator.comparingInt(RequirementCount::reports).reversed())
                        .thenComparing(RequirementCount::requirement))
                .limit(TOP)
                .toList();
    }
}
