package org.ogichecker.rules.r2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.r2007.R2007Fixtures.byRequirement;
import static org.ogichecker.rules.r2007.R2007Fixtures.findings;
import static org.ogichecker.rules.r2007.R2007Fixtures.sixItems;

import org.junit.jupiter.api.Test;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Report;
import org.ogichecker.model.StatementKind;

class OldTablePresenceTest {

    @Test
    void a2018ReportWithoutTheStatisticsTableIsWarned() {
        Report r = sixItems().build();
        // expected: OLD-T-PRESENT-MISSING, WARNING, naming the year
        assertThat(findings(r, "OLD-T-PRESENT-MISSING")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains("2018");
        });
    }

    @Test
    void a2018ReportWithTheStatisticsTableIsFine() {
        Report r = sixItems().fill("OLD", 0).build();
        // expected: no OLD-T-PRESENT finding
        assertThat(byRequirement(r, "OLD-T-PRESENT")).isEmpty();
    }

    @Test
    void theTablesFiguresGivenAsCellsWithoutARecognisedTableCount() {
        Report r = sixItems().cell("OLD", "1.1", "value", 54).cell("OLD", "3.1", "value", 0).build();
        // expected: no OLD-T-PRESENT finding
        assertThat(byRequirement(r, "OLD-T-PRESENT")).isEmpty();
    }

    @Test
    void reportsBefore2014NeedNoNationalTable() {
        Report r = sixItems().year(2013)
                .statement(StatementKind.TABLE_ANNOUNCED, "附表：政府信息公开情况统计表", -1).build();
        // expected: no OLD-T-PRESENT finding (the national table dates from 2014; local tables vary)
        assertThat(byRequirement(r, "OLD-T-PRESENT")).isEmpty();
    }

    @Test
    void aTableAnnouncedInTheTextThatIsNotThereIsOneWarning() {
        Report r = sixItems()
                .statement(StatementKind.TABLE_ANNOUNCED, "本年度报告由概述……其他需要报告的事项、附表共八部分组成", -1)
                .statement(StatementKind.TABLE_ANNOUNCED, "详见附表", 0).build();
        // expected: exactly one OLD-T-PRESENT finding: OLD-T-PRESENT-ANNOUNCED at the first announcement
        assertThat(byRequirement(r, "OLD-T-PRESENT")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("OLD-T-PRESENT-ANNOUNCED");
            assertThat(f.evidence()).contains("附表共八部分");
        });
    }

    @Test
    void anAnnouncedTableThatIsThereIsFine() {
        Report r = sixItems().statement(StatementKind.TABLE_ANNOUNCED, "详见附表", 0).fill("OLD", 0).build();
        // expected: no OLD-T-PRESENT finding
        assertThat(byRequirement(r, "OLD-T-PRESENT")).isEmpty();
    }
}
