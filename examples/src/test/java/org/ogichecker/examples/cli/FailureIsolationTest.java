package org.ogichecker.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.RulePack;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;

/** A failure while checking one file is contained: the file is listed as unreadable with the reason. */
class FailureIsolationTest {

    private static final Path SAMPLE = Path.of("samples/003_787e7c90b6bc98b9.txt");

    @Test
    void aRuleThatThrowsMakesItsReportUnreadableWithTheReasonInsteadOfStoppingTheBatch() {
        ComplianceChecker checker = ComplianceChecker.withPacks(List.of(new RulePack() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public List<String> drlResources() {
                return List.of("org/ogichecker/examples/cli/failing.drl");
            }
        }));

        OgiCheck.Outcome o = OgiCheck.check(checker, null, CheckOptions.DEFAULTS, SAMPLE,
                OgiCheck.read(ReportReader.create(), SAMPLE));

        assertThat(o.failure()).hasRootCauseMessage("rule bug");
        assertThat(o.result().source()).isEqualTo(SAMPLE.toString());
        assertThat(o.result().status()).isEqualTo(CheckResult.Status.UNREADABLE);
        assertThat(o.result().findings()).singleElement().satisfies(f -> {
            assertThat(f.requirement()).isEqualTo("INPUT-UNREADABLE");
            assertThat(f.messageEn() + f.evidence()).contains("internal failure while checking", "rule bug");
        });
    }

    @Test
    void theExitCodeIsInternalFailureThenUnreadableThenFindings() {
        OgiCheck.Outcome failed = new OgiCheck.Outcome(unreadable(), new IllegalStateException("bug"));
        OgiCheck.Outcome unreadable = new OgiCheck.Outcome(unreadable(), null);
        OgiCheck.Outcome clean = new OgiCheck.Outcome(
                ComplianceChecker.withPacks(List.of()).check(ReportReader.create().read(SAMPLE)), null);

        assertThat(exit(Severity.ERROR, clean)).isEqualTo(OgiCheck.OK);
        assertThat(exit(Severity.ERROR, clean, unreadable)).isEqualTo(OgiCheck.UNREADABLE);
        assertThat(exit(null, unreadable)).isEqualTo(OgiCheck.UNREADABLE);
        assertThat(exit(Severity.ERROR, unreadable, failed, clean)).isEqualTo(OgiCheck.FAILURE);
    }

    private static CheckResult unreadable() {
        return ComplianceChecker.withPacks(List.of()).check(Report.unreadable("x.pdf", "corrupt"));
    }

    private static int exit(Severity threshold, OgiCheck.Outcome... outcomes) {
        OgiCheck.Outcomes all = new OgiCheck.Outcomes(threshold);
        List.of(outcomes).forEach(all::add);
        return all.exitCode();
    }
}
