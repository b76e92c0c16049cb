package org.ogichecker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.Report;
import org.ogichecker.output.JsonWriter;
import org.ogichecker.read.ReportReader;

/** The README's embedding example, kept compiling and running. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleChecksAReportAndWritesJson() {
        // --- as in README.md
        ComplianceChecker checker = ComplianceChecker.create();            // once: loads the rules
        Report report = ReportReader.create().read(Path.of("samples/003_787e7c90b6bc98b9.txt")); // never throws
        CheckResult result = checker.check(report, CheckOptions.DEFAULTS.withPublished(LocalDate.of(2022, 1, 20)));
        result.findings().forEach(f -> System.out.println(f.severity() + " " + f.rule() + " " + f.messageEn()));
        String json = JsonWriter.toJson(List.of(result));
        // ---

        assertThat(result.status()).isEqualTo(CheckResult.Status.CHECKED);
        assertThat(result.metadata().published()).isEqualTo(LocalDate.of(2022, 1, 20));
        assertThat(json).contains("\"source\": \"samples/003_787e7c90b6bc98b9.txt\"");
    }
}
