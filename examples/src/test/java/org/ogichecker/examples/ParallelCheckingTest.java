package org.ogichecker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.read.ReportReader;

class ParallelCheckingTest {

    @Test
    void checkingTheSamplesFromAThreadPoolGivesTheSequentialResults() throws Exception {
        ComplianceChecker checker = ComplianceChecker.create();
        List<Path> samples = samples();
        ReportReader reader = ReportReader.create();
        List<CheckResult> sequential = samples.stream()
                .map(f -> checker.check(reader.read(f), CheckOptions.DEFAULTS)).toList();

        // each sample twice, so that threads check the same report at the same time too
        List<Path> twice = Stream.concat(samples.stream(), samples.stream()).toList();
        List<CheckResult> parallel = ParallelChecking.checkAll(checker, twice, CheckOptions.DEFAULTS, 4);

        assertThat(parallel).hasSize(2 * samples.size());
        for (int i = 0; i < parallel.size(); i++) {
            CheckResult expected = sequential.get(i % samples.size());
            assertThat(parallel.get(i).source()).isEqualTo(expected.source());
            assertThat(parallel.get(i).findings()).as(expected.source()).isEqualTo(expected.findings());
            assertThat(parallel.get(i).metadata()).isEqualTo(expected.metadata());
        }
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> !p.toString().endsWith(".tsv")).sorted().toList();
        }
    }
}
