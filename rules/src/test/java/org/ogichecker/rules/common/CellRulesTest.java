package org.ogichecker.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.RuleAssertions.findings;
import static org.ogichecker.rules.RuleAssertions.none;
import static org.ogichecker.rules.RuleAssertions.one;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.ReportBuilder;

class CellRulesTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    private static CheckResult t4Review(String upheld) {
        return CHECKER.check(ReportBuilder.report().year(2020).table("T4").cell("T4", "review", "upheld", upheld).build());
    }

    // ---------------------------------------------------------------- CELL-BLANK

    @Test
    void aDashInACellIsABlankCellLocatedAtTheCell() {
        // the 金凤区 case: expected CELL-BLANK / CELL-BLANK / WARNING at T4 行政复议 / 结果维持, "not assessable"
        CheckResult r = t4Review("—");

        Finding f = one(r, "CELL-BLANK", "CELL-BLANK", Severity.WARNING);
        assertThat(f.location().table()).isEqualTo("T4");
        assertThat(f.location().row()).isEqualTo("行政复议");
        assertThat(f.location().column()).isEqualTo("结果维持");
        assertThat(f.location().line()).isPositive();
        assertThat(f.message()).contains("表四", "行政复议", "结果维持", "“—”", "无法进行");
        assertThat(f.messageEn()).contains("cannot be assessed");
    }

    @Test
    void everyBlankCellIsAFindingOfItsOwn() {
        // expected: two CELL-BLANK findings
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2020).table("T4")
                .cell("T4", "review", "upheld", "").cell("T4", "review", "total", "/").build());

        assertThat(findings(r, "CELL-BLANK")).extracting(f -> f.location().column()).containsExactlyInAnyOrder("结果维持", "总计");
    }

    @Test
    void aZeroIsNotBlank() {
        none(t4Review("0"), "CELL-BLANK");
    }

    // ---------------------------------------------------------------- CELL-INVALID

    @Test
    void textInACellIsInvalid() {
        // expected: CELL-INVALID-TEXT / CELL-INVALID / ERROR, "两件"
        CheckResult r = t4Review("两件");

        Finding f = one(r, "CELL-INVALID-TEXT", "CELL-INVALID", Severity.ERROR);
        assertThat(f.actual()).isEqualTo("两件");
        none(r, "CELL-BLANK");
    }

    @Test
    void aNegativeCountIsInvalid() {
        // expected: CELL-INVALID-NEGATIVE / CELL-INVALID / ERROR, -2
        assertThat(one(t4Review("-2"), "CELL-INVALID-NEGATIVE", "CELL-INVALID", Severity.ERROR).message()).contains("-2");
    }

    @Test
    void aFractionalCountIsInvalid() {
        // expected: CELL-INVALID-FRACTION / CELL-INVALID / ERROR, 1.5
        CheckResult r = t4Review("1.5");

        assertThat(one(r, "CELL-INVALID-FRACTION", "CELL-INVALID", Severity.ERROR).message()).contains("1.5");
        none(r, "CELL-INVALID-NEGATIVE");
    }

    @Test
    void aWholeCountIsValid() {
        CheckResult r = t4Review("3");

        assertThat(r.findings()).noneMatch(f -> f.requirement().equals("CELL-INVALID"));
    }

    @Test
    void aChangeColumnMayBeNegative() {
        // F2019 table 二 本年增/减 is SIGNED: -3 is fine, 2.5 is not (expected CELL-INVALID-FRACTION)
        CheckResult negative = CHECKER.check(ReportBuilder.report().year(2020).table("F2019-T2")
                .cell("F2019-T2", "art20-5/licensing", "change", -3).build());
        CheckResult fraction = CHECKER.check(ReportBuilder.report().year(2020).table("F2019-T2")
                .cell("F2019-T2", "art20-5/licensing", "change", "2.5").build());

        none(negative, "CELL-INVALID-NEGATIVE");
        one(fraction, "CELL-INVALID-FRACTION", "CELL-INVALID", Severity.ERROR);
    }

    @Test
    void anAmountMayHaveDecimalsButMayNotBeNegative() {
        // F2021 table 二 本年收费金额 is AMOUNT: 0.39 is fine, -0.5 is not (expected CELL-INVALID-NEGATIVE)
        CheckResult decimal = CHECKER.check(ReportBuilder.report().year(2024).table("F2021-T2")
                .cell("F2021-T2", "art20-8/fees", "fee-amount", "0.39").build());
        CheckResult negative = CHECKER.check(ReportBuilder.report().year(2024).table("F2021-T2")
                .cell("F2021-T2", "art20-8/fees", "fee-amount", "-0.5").build());

        assertThat(decimal.findings()).noneMatch(f -> f.requirement().equals("CELL-INVALID"));
        one(negative, "CELL-INVALID-NEGATIVE", "CELL-INVALID", Severity.ERROR);
    }

    @Test
    void oldTableRowsCountingItemsTakeWholeNumbersWhileMoneyRowsTakeDecimals() {
        // OLD 3.1 收到申请数 (件): 1.5 is invalid; 8.4 专项经费 (万元): 1.5 is fine
        CheckResult count = CHECKER.check(ReportBuilder.report().year(2018).table("OLD")
                .cell("OLD", "3.1", "value", "1.5").build());
        CheckResult money = CHECKER.check(ReportBuilder.report().year(2018).table("OLD")
                .cell("OLD", "8.4", "value", "1.5").build());

        one(count, "CELL-INVALID-FRACTION", "CELL-INVALID", Severity.ERROR);
        none(money, "CELL-INVALID-FRACTION");
    }

    @Test
    void aCellOfATableWithoutTableInfoIsJudgedByTheLayoutsOfItsTable() {
        // no TableInfo: every T3 layout says COUNT, so -1 is invalid (expected CELL-INVALID-NEGATIVE)
        CheckResult r = CHECKER.check(ReportBuilder.report().year(2021).cell("F2021-T3", "1", "natural", "-1").build());

        one(r, "CELL-INVALID-NEGATIVE", "CELL-INVALID", Severity.ERROR);
    }
}
