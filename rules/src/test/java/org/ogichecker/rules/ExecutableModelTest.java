package org.ogichecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.RulePack;
import org.ogichecker.engine.internal.RuleSource;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;
import org.ogichecker.testing.SampleExpectations;

/** The executable model that the build makes from the DRL stands in for the DRL exactly, and only for it. */
class ExecutableModelTest {

    /** The standard DRL files under another pack class, which has no pre-built model: compiled at start-up. */
    record DrlOnly(String name, List<String> drlResources) implements RulePack {
    }

    @Test
    void theStandardPackAndTheEngineRuleComeWithAPrebuiltModel() {
        assertThat(RuleSource.core().prebuiltModels()).isPresent();
        assertThat(RuleSource.of(new StandardRulePack()).prebuiltModels()).get().asList().hasSize(3);
        assertThat(RuleSource.of(new DrlOnly("standard", new StandardRulePack().drlResources())).prebuiltModels())
                .isEmpty();
    }

    @Test
    void anEditedDrlIsNotServedByTheModelOfTheOldOne() {
        RuleSource built = RuleSource.of(new StandardRulePack());
        List<byte[]> edited = new ArrayList<>(built.drls());
        edited.set(0, (new String(edited.get(0), StandardCharsets.UTF_8) + "\n// edited\n").getBytes(StandardCharsets.UTF_8));
        RuleSource changed = new RuleSource(built.pack(), built.key(), built.loader(), built.resources(), edited);
        assertThat(changed.prebuiltModels()).isEmpty();
    }

    @Test
    void theModelGivesTheRulesAndFindingsOfTheCompiledDrlUnderEveryRegime() throws IOException {
        ComplianceChecker model = ComplianceChecker.withPacks(List.of(new StandardRulePack()));
        ComplianceChecker drl = ComplianceChecker.withPacks(
                List.of(new DrlOnly("standard", new StandardRulePack().drlResources())));
        assertThat(model.rules()).isEqualTo(drl.rules());
        List<Path> samples;
        try (Stream<Path> s = Files.list(SampleExpectations.SAMPLES)) {
            samples = s.filter(p -> !p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        int findings = 0;
        for (Path p : samples) {
            Report report = ReportReader.create().read(p);
            for (Regime regime : Regime.values()) {
                CheckOptions o = CheckOptions.DEFAULTS.withRegime(regime);
                var fromModel = model.check(report, o).findings();
                assertThat(fromModel).as("%s under %s", p, regime).isEqualTo(drl.check(report, o).findings());
                findings += fromModel.size();
            }
        }
        assertThat(findings).isGreaterThan(100);
    }
}
