package org.ogichecker.rules.r2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.r2007.R2007Fixtures.byRequirement;
import static org.ogichecker.rules.r2007.R2007Fixtures.findings;
import static org.ogichecker.rules.r2007.R2007Fixtures.sixItems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogichecker.engine.Severity;
import org.ogichecker.layout.Layouts;
import org.ogichecker.model.Report;
import org.ogichecker.model.StatementKind;
import org.ogichecker.testing.ReportBuilder;

class TextTableR2007Test {

    private static ReportBuilder withTable() {
        return sixItems().fill("OLD", 0);
    }

    // ---------------------------------------------------------------- claims with a number

    @ParameterizedTest
    @CsvSource({
            "ITEMS_WEIBO, 1.2.3, 政务微博推送信息132条",
            "ITEMS_WECHAT, 1.2.4, 政务微信发布信息132条",
            "ITEMS_WEBSITE, 1.2.2, 政府网站公开信息132条",
            "ITEMS_GAZETTE, 1.2.1, 政府公报刊登信息132条",
            "ITEMS_PUBLISHED, 1.1, 主动公开政府信息132条",
            "APPLICATIONS_RECEIVED, 3.1, 收到政府信息公开申请132件"})
    void aNumberInTheTextThatDiffersFromItsTableRowIsWarned(StatementKind kind, String row, String evidence) {
        Report r = withTable().statement(kind, 132, "条", evidence, 0).build();
        // expected: TEXT-TABLE-OLD-FIGURE, WARNING, 132 vs 0 at the table row
        assertThat(findings(r, "TEXT-TABLE-OLD-FIGURE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains("132", "is 0", "difference 132");
            assertThat(f.location().row()).isEqualTo(Layouts.OLD_TABLE.row(row).orElseThrow().label());
        });
    }

    @Test
    void aNumberInTheTextThatAgreesWithTheTableIsFine() {
        Report r = withTable().set("OLD", "1.1", "value", 54)
                .statement(StatementKind.ITEMS_PUBLISHED, 54, "条", "主动公开政府信息54条", 0).build();
        // expected: no TEXT-TABLE finding
        assertThat(byRequirement(r, "TEXT-TABLE")).isEmpty();
    }

    @Test
    void aBlankTableCellIsNotComparedWithTheText() {
        Report r = withTable().set("OLD", "1.2.3", "value", "")
                .statement(StatementKind.ITEMS_WEIBO, 132, "条", "政务微博推送信息132条", 0).build();
        // expected: no TEXT-TABLE finding (CELL-BLANK is another rule's business)
        assertThat(byRequirement(r, "TEXT-TABLE")).isEmpty();
    }

    // ---------------------------------------------------------------- claims of "none"

    @Test
    void eachSayingThatNoApplicationCameWhileTheTableCountsOneIsWarned() {
        Report r = withTable().set("OLD", "3.1", "value", 1)
                .statement(StatementKind.NO_APPLICATIONS, "未受理信息公开类申请", 1)
                .statement(StatementKind.NO_APPLICATIONS, "未发生针对本部门的有关政府信息公开申请", 3).build();
        // expected: TEXT-TABLE-OLD-NO-APPLICATIONS twice (one per statement), each quoting 1
        assertThat(findings(r, "TEXT-TABLE-OLD-NO-APPLICATIONS")).hasSize(2)
                .allSatisfy(f -> assertThat(f.messageEn()).contains("is 1"));
    }

    @Test
    void noApplicationsAndAZeroInTheTableAgree() {
        Report r = withTable().statement(StatementKind.NO_APPLICATIONS, "未收到政府信息公开申请", 1).build();
        // expected: no TEXT-TABLE finding
        assertThat(byRequirement(r, "TEXT-TABLE")).isEmpty();
    }

    @Test
    void noReconsiderationWhileTheTableCountsCasesIsOneWarning() {
        Report r = withTable().set("OLD", "4", "value", 2).set("OLD", "5", "value", 1)
                .statement(StatementKind.NO_REVIEW_OR_LITIGATION, "未发生行政复议、行政诉讼", 3).build();
        // expected: one TEXT-TABLE-OLD-NO-REVIEW, pointing at 四、行政复议数量 = 2
        assertThat(findings(r, "TEXT-TABLE-OLD-NO-REVIEW")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("四、行政复议数量", "2"));
    }

    @Test
    void noReconsiderationAndZerosInTheTableAgree() {
        Report r = withTable().statement(StatementKind.NO_REVIEW_OR_LITIGATION, "未发生行政复议、行政诉讼", 3).build();
        // expected: no TEXT-TABLE finding
        assertThat(byRequirement(r, "TEXT-TABLE")).isEmpty();
    }

    @Test
    void noFeeWhileTheTableShowsAFeeIsWarned() {
        Report r = withTable().set("OLD", "7", "value", "0.05")
                .statement(StatementKind.NO_FEE_COLLECTED, "未收取任何费用", 2).build();
        // expected: TEXT-TABLE-OLD-NO-FEE quoting 0.05 万元
        assertThat(findings(r, "TEXT-TABLE-OLD-NO-FEE")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("0.05万元"));
    }

    @Test
    void noFeeAndAZeroFeeRowAgree() {
        Report r = withTable().statement(StatementKind.NO_FEE_COLLECTED, "未收取任何费用", 2).build();
        // expected: no TEXT-TABLE finding
        assertThat(byRequirement(r, "TEXT-TABLE")).isEmpty();
    }
}
