package org.ogichecker.examples;

import static org.ogichecker.assertions.ReportAssert.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Severity;
import org.ogichecker.read.ReportReader;

/**
 * How to unit-test your own reports with {@link org.ogichecker.assertions.ReportAssert}: build the
 * checker once for the class, check a report, state what must and must not be found.
 */
class ReportAssertExampleTest {

    private static ComplianceChecker checker;

    @BeforeAll
    static void buildTheCheckerOnce() {
        checker = ComplianceChecker.create();
    }

    private static CheckResult check(String file, CheckOptions options) {
        return checker.check(ReportReader.create().read(Path.of("samples", file)), options);
    }

    /** A 2020 department report, published in time, whose tables leave some cells blank. */
    @Test
    void aCompleteReportWithBlankCellsHasNoErrorButWarnsAboutTheBlanks() {
        CheckResult r = check("003_787e7c90b6bc98b9.txt", CheckOptions.DEFAULTS.withPublished(LocalDate.of(2021, 1, 20)));

        assertThat(r).isChecked()
                .hasNoErrors()
                .hasFinding("CELL-BLANK", Severity.WARNING)
                .hasNoFinding("DEADLINE")
                .hasNoFinding("T3-C1")
                .hasNoFinding("CONTACT-STATED");
    }

    /** A 2018 report under the 2007 条例 that leaves out four of the six required items. */
    @Test
    void anOldRegimeReportMissingRequiredItemsHasAnErrorForEach() {
        CheckResult r = check("001_c5511601f1a9faaf.txt", CheckOptions.DEFAULTS);

        assertThat(r).isChecked()
                .hasFinding("R2007-32-3", Severity.ERROR)
                .hasFinding("R2007-32-4", Severity.ERROR)
                .hasFinding("R2007-32-5", Severity.ERROR)
                .hasFinding("R2007-32-6", Severity.ERROR)
                .hasNoFinding("R2007-32-1")
                .hasNoFinding("R2007-32-2");
    }
}
