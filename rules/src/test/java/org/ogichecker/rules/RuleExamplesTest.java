package org.ogichecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.read.ReportReader;
import org.ogichecker.rules.RuleExamples.RuleExample;

class RuleExamplesTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.create();

    private static CheckResult check(String text, CheckOptions options) {
        return CHECKER.check(ReportReader.create().read(text.getBytes(StandardCharsets.UTF_8), "example.txt"), options);
    }

    @Test
    void everyRuleHasAnExampleThatFiresIt() {
        List<String> failures = new ArrayList<>();
        for (RuleInfo rule : CHECKER.rules()) {
            try {
                RuleExample e = RuleExamples.forRule(rule.id()).orElse(null);
                if (e == null) {
                    failures.add(rule.id() + ": no example");
                    continue;
                }
                List<String> fired = check(e.reportText(), e.options()).findings().stream().map(Finding::rule)
                        .distinct().toList();
                if (!fired.contains(rule.id())) {
                    failures.add(rule.id() + ": not fired; fired " + fired);
                }
            } catch (RuntimeException ex) {
                failures.add(rule.id() + ": " + ex.getMessage());
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base-f2021.txt", "base-f2019.txt", "base-r2007.txt"})
    void aBaseReportFiresNoError(String base) throws IOException {
        String text;
        try (InputStream in = RuleExamples.class.getResourceAsStream("examples/" + base)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        CheckResult r = check(text, CheckOptions.DEFAULTS);

        assertThat(r.status()).isEqualTo(CheckResult.Status.CHECKED);
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .as(r.findings().stream().map(f -> f.rule() + " " + f.message()).toList().toString()).isEmpty();
        assertThat(r.findings()).as("a base report is clean, so that each example shows its own rule").isEmpty();
    }

    @Test
    void anUnknownRuleHasNoExample() {
        assertThat(RuleExamples.forRule("NO-SUCH-RULE")).isEmpty();
        assertThat(RuleExamples.forRule("../base-f2021")).isEmpty();
    }
}
