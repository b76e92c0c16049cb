package org.ogichecker.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.output.Results.checked;
import static org.ogichecker.output.Results.finding;
import static org.ogichecker.output.Results.unreadable;
import static org.ogichecker.output.Results.withSuppressed;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.Regime;

class TextWriterTest {

    @Test
    void aReportShowsItsMetadataThenOneBlockPerFindingInChineseByDefault() {
        String text = TextWriter.toText(List.of(checked("a.txt", finding("T3-C1-BALANCE", Severity.ERROR, 42))),
                Language.ZH);

        assertThat(text).contains("== a.txt", "某某市人民政府", "2021", "F2021", "政府", "2022-01-20",
                "ERROR  T3-C1-BALANCE  [T3-C1]", "T3 › ", "第 42 行", "表三合计不平：100 ≠ 90 + 5",
                "证据：一、本年新收 / 总计: 100", "依据：国办公开办函〔2021〕30号 表三注", "读取说明：未找到表四");
        assertThat(text).doesNotContain("does not balance");
    }

    @Test
    void englishShowsTheEnglishMessagesAndLabels() {
        String text = TextWriter.toText(List.of(checked("a.txt", finding("T3-C1-BALANCE", Severity.ERROR, 42))),
                Language.EN);

        assertThat(text).contains("Table 3 does not balance: 100 ≠ 90 + 5", "line 42", "evidence: ", "body: government",
                "errors 1, warnings 0, infos 0 (rules run 2)");
        assertThat(text).doesNotContain("表三合计不平");
    }

    @Test
    void findingsAreSortedErrorsFirstThenBySourceLine() {
        String text = TextWriter.toText(List.of(checked("a.txt",
                finding("LATE", Severity.INFO, 1), finding("B", Severity.ERROR, 9), finding("A", Severity.ERROR, 3))),
                Language.EN);

        assertThat(text.indexOf("ERROR  A")).isLessThan(text.indexOf("ERROR  B"));
        assertThat(text.indexOf("ERROR  B")).isLessThan(text.indexOf("INFO  LATE"));
    }

    @Test
    void theSummaryCountsEveryReportReadableOrNot() {
        String text = TextWriter.toText(List.of(checked("a.txt", finding("R1", Severity.WARNING, 1)),
                unreadable("b.pdf")), Language.EN);

        assertThat(text).contains("== b.pdf", "The report could not be read: the input is empty")
                .endsWith("reports 2 (checked 1, unreadable 1): errors 1, warnings 1, infos 0\n");
    }

    @Test
    void aReportWithoutFindingsSaysSo() {
        assertThat(TextWriter.toText(List.of(checked("a.txt")), Language.ZH)).contains("未发现问题。");
    }

    @Test
    void multiLineEvidenceStaysInItsBlock() {
        Finding f = finding("R1", Severity.WARNING, 1);
        Finding multi = new Finding(f.rule(), f.requirement(), f.severity(), f.basis(), f.title(),
                f.message(), f.messageEn(), f.location(), "第一行\n第二行", null, null);

        assertThat(TextWriter.toText(List.of(checked("a.txt", multi)), Language.ZH)).contains("证据：第一行 ⏎ 第二行");
    }

    @Test
    void rulesAreListedInAlignedColumnsWithAllForEveryRegime() throws Exception {
        StringWriter out = new StringWriter();
        TextWriter.writeRules(List.of(
                new RuleInfo("INPUT-UNREADABLE", "INPUT-UNREADABLE", Severity.ERROR, "b", "Input could not be read", "",
                        Set.of(Regime.values()), "core", "INPUT-UNREADABLE"),
                new RuleInfo("T3", "T3-C1", Severity.WARNING, "b", "Table 3", "", Set.of(Regime.F2021, Regime.F2019),
                        "standard", "T3")), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith("INPUT-UNREADABLE  INPUT-UNREADABLE  ERROR     ALL          Input");
        assertThat(lines.get(2)).startsWith("T3                T3-C1             WARNING   F2019,F2021  Table 3");
        assertThat(lines.get(3)).isEqualTo("2 rules");
    }

    @Test
    void suppressedFindingsAreInTheirOwnBlockWithTheReasonAndCountedApart() {
        String text = TextWriter.toText(List.of(withSuppressed(checked("a.txt"),
                new Suppressed(finding("R9", Severity.ERROR, 3), "口径已核实"))), Language.ZH);

        assertThat(text).contains("未发现问题。", "已接受（基线）：", "ERROR  R9  ", "第 3 行", "理由：口径已核实")
                .endsWith("错误 0，警告 0，提示 0，已接受 1\n");
    }

    @Test
    void theSummaryListsTheMostFrequentRequirementsBeforeTheCounts() {
        String text = TextWriter.toText(List.of(checked("a.txt", finding("R1", Severity.ERROR, 1),
                finding("R2", Severity.WARNING, 2)), unreadable("b.pdf")), Language.EN);

        assertThat(text).containsSubsequence("most frequent requirements:",
                "   T3-C1             2 findings in 1 reports", "   INPUT-UNREADABLE  1 findings in 1 reports",
                "reports 2 (checked 1, unreadable 1): errors 2, warnings 1, infos 0\n");
    }
}
