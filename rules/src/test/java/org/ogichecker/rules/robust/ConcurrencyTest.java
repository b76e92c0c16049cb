package org.ogichecker.rules.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.output.JsonWriter;
import org.ogichecker.read.ReportReader;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.BadInputs;
import org.ogichecker.testing.SampleExpectations;

/** One checker and one reader shared by many threads give exactly the sequential results. */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 4;

    @Test
    void manyThreadsOnOneCheckerAndOneReaderGiveTheSequentialResults() throws Exception {
        List<Path> inputs = new ArrayList<>(BadInputs.committed());
        try (Stream<Path> s = Files.list(SampleExpectations.SAMPLES)) {
            s.filter(p -> !p.toString().endsWith(".tsv")).forEach(inputs::add);
        }
        ComplianceChecker checker = ComplianceChecker.withPacks(List.of(new StandardRulePack()));
        ReportReader reader = ReportReader.create();
        Function<Path, String> json = p -> JsonWriter.toJson(List.of(checker.check(reader.read(p))));
        Map<Path, String> sequential = inputs.stream().collect(Collectors.toMap(p -> p, json));

        List<Path> work = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            work.addAll(inputs);
        }
        Collections.shuffle(work, new Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> results = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
                List<Future<String>> fs = new ArrayList<>();
                for (Path p : work) {
                    fs.add(pool.submit(() -> json.apply(p)));
                }
                for (Future<String> f : fs) {
                    f.get();
                }
                return fs;
            });
            for (int i = 0; i < work.size(); i++) {
                assertThat(results.get(i).get()).as(work.get(i).toString()).isEqualTo(sequential.get(work.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
