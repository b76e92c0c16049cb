package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Regime;
import org.ogichecker.read.ReportReader;

/**
 * Details of seed 003 (金凤区科学技术局, report year 2020, F2019) beyond the must / must-not lists
 * (those are checked for every sample by {@code SampleExpectationsTest}).
 */
class Seed003ExpectationsTest {

    private static final Path SEED = Path.of("../examples/samples/003_787e7c90b6bc98b9.txt");

    private static CheckResult result;

    @BeforeAll
    static void check() {
        result = Fixtures.CHECKER.check(ReportReader.create().read(SEED));
    }

    @Test
    void theSeedIsReadAsA2020TrialFormatReport() {
        assertThat(result.status()).isEqualTo(CheckResult.Status.CHECKED);
        assertThat(result.metadata().year()).isEqualTo(2020);
        assertThat(result.regime()).isEqualTo(Regime.F2019);
    }

    /** Must report: CELL-BLANK for the five blank 行政复议 cells of table 四. */
    @Test
    void theFiveBlankReviewCellsAreReported() {
        assertThat(result.findings())
                .filteredOn(f -> f.requirement().equals("CELL-BLANK") && f.severity().atLeast(Severity.WARNING))
                .extracting(Finding::location)
                .filteredOn(l -> "T4".equals(l.table()))
                .hasSize(5);
    }

    /** The blank 行政复议 block makes T4-C1 not assessable: an INFO, never an arithmetic ERROR. */
    @Test
    void theBlankReviewBlockIsSkippedNotAnError() {
        assertThat(result.findings()).anyMatch(f -> f.rule().equals("T4-C1-SKIPPED"));
    }
}
