package org.ogichecker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.testing.ReportBuilder;

class ComplianceCheckerTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of());

    @Test
    void anUnreadableReportGivesOneInputUnreadableFindingWithTheReason() {
        CheckResult r = CHECKER.check(Report.unreadable("x.pdf", "the PDF is encrypted", "PDF 文件已加密"));

        assertThat(r.status()).isEqualTo(CheckResult.Status.UNREADABLE);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("INPUT-UNREADABLE");
            assertThat(f.requirement()).isEqualTo("INPUT-UNREADABLE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageEn()).isEqualTo("The report could not be read: the PDF is encrypted");
            assertThat(f.message()).isEqualTo("无法读取报告：PDF 文件已加密");
            assertThat(f.basis()).isNotBlank();
        });
        assertThat(r.rulesRun()).isEmpty();
    }

    @Test
    void aReasonGivenInOneLanguageOnlyIsShownInBoth() {
        CheckResult r = CHECKER.check(Report.unreadable("x.pdf", "corrupt"));

        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("无法读取报告：corrupt"));
    }

    @Test
    void theRegimeIsSelectedFromTheReportYearUnlessTheCallerOverridesIt() {
        Report y2018 = ReportBuilder.report().year(2018).build();
        Report y2020 = ReportBuilder.report().year(2020).build();
        Report y2021 = ReportBuilder.report().year(2021).build();

        assertThat(CHECKER.check(y2018).regime()).isEqualTo(Regime.R2007);
        assertThat(CHECKER.check(y2020).regime()).isEqualTo(Regime.F2019);
        assertThat(CHECKER.check(y2021).regime()).isEqualTo(Regime.F2021);
        assertThat(CHECKER.check(y2021, CheckOptions.DEFAULTS.withRegime(Regime.F2019)).regime())
                .isEqualTo(Regime.F2019);
    }

    @Test
    void theEngineListsItsOwnInputRuleWithItsMetadata() {
        assertThat(CHECKER.rules()).extracting(RuleInfo::id).containsExactly("INPUT-UNREADABLE");
        RuleInfo r = CHECKER.rules().get(0);
        assertThat(r.pack()).isEqualTo("core");
        assertThat(r.regimes()).containsExactlyInAnyOrder(Regime.values());
    }
}
