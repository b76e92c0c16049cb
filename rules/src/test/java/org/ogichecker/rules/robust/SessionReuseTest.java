package org.ogichecker.rules.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.Report;
import org.ogichecker.output.JsonWriter;
import org.ogichecker.read.ReportReader;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.BadInputs;
import org.ogichecker.testing.SampleExpectations;

/** The checker reuses its Drools sessions: nothing of one check may remain in the next. */
class SessionReuseTest {

    @Test
    void aCheckAfterAnyOtherChecksGivesWhatAFreshCheckerGives() throws IOException {
        List<Path> inputs = new ArrayList<>(BadInputs.committed());
        try (Stream<Path> s = Files.list(SampleExpectations.SAMPLES)) {
            s.filter(p -> !p.toString().endsWith(".tsv")).sorted().forEach(inputs::add);
        }
        ReportReader reader = ReportReader.create();
        Map<Path, Report> reports = new HashMap<>();
        inputs.forEach(p -> reports.put(p, reader.read(p)));
        // each input checked alone, and once more with the previous input as its previous-year report
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Report r = reports.get(inputs.get(i));
            checks.add(new Check(inputs.get(i).toString(), r, CheckOptions.DEFAULTS));
            Report previous = reports.get(inputs.get((i + inputs.size() - 1) % inputs.size()));
            checks.add(new Check(inputs.get(i) + " with a previous report", r, CheckOptions.DEFAULTS.withPrevious(previous)));
        }
        Map<Check, String> fresh = new HashMap<>();
        for (Check c : checks) {
            fresh.put(c, c.on(ComplianceChecker.withPacks(List.of(new StandardRulePack()))));
        }

        ComplianceChecker reused = ComplianceChecker.withPacks(List.of(new StandardRulePack()));
        List<Check> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            order.addAll(checks);
        }
        Collections.shuffle(order, new Random(11));
        for (Check c : order) {
            assertThat(c.on(reused)).as(c.name()).isEqualTo(fresh.get(c));
        }
    }

    private record Check(String name, Report report, CheckOptions options) {
        String on(ComplianceChecker checker) {
            return JsonWriter.toJson(List.of(checker.check(report, options)));
        }
    }
}
