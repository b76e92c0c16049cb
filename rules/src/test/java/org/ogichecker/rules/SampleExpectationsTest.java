package org.ogichecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.read.ReportReader;
import org.ogichecker.testing.SampleExpectations;
import org.ogichecker.testing.SampleExpectations.Expectation;
import org.ogichecker.testing.SampleExpectations.Found;

/** expectations.md for every sample report (text, PDF, HTML), through the public API. */
class SampleExpectationsTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));
    private static final Map<String, CheckResult> RESULTS = new ConcurrentHashMap<>();

    private static CheckResult result(String sample) {
        return RESULTS.computeIfAbsent(sample,
                s -> CHECKER.check(ReportReader.create().read(SampleExpectations.SAMPLES.resolve(s))));
    }

    static Stream<Expectation> expectations() {
        return SampleExpectations.load().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachSampleGetsWhatAnAuditorWouldReport(Expectation e) {
        CheckResult r = result(e.sample());
        List<Found> found = r.findings().stream().map(f -> new Found(f.requirement(), f.severity())).toList();
        assertThat(e.metBy(found))
                .as("%s; findings: %s", e, r.findings().stream().map(f -> f.rule() + "/" + f.severity()).toList())
                .isTrue();
    }

    @Test
    void everySampleIsReadAndCheckedTheSameWayTwice() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(SampleExpectations.SAMPLES)) {
            samples = s.filter(p -> !p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(9);
        for (Path p : samples) {
            CheckResult first = CHECKER.check(ReportReader.create().read(p));
            CheckResult second = CHECKER.check(ReportReader.create().read(p));
            assertThat(first.status()).as(p.toString()).isEqualTo(CheckResult.Status.CHECKED);
            assertThat(second.findings()).as(p.toString()).isEqualTo(first.findings());
        }
    }
}
