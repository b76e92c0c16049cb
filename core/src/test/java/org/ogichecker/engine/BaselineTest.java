package org.ogichecker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogichecker.model.Report;

class BaselineTest {

    @TempDir
    Path dir;

    private static Finding finding(String rule, String row, int line, String message) {
        return new Finding(rule, "T3-C1", Severity.ERROR, "表三注", "Table 3 balance", message, message + " (en)",
                new Location("三、收到和处理政府信息公开申请情况", "T3", row, "总计", line), "evidence", "95", "100");
    }

    private static Finding unplaced(String rule, int line) {
        return new Finding(rule, "ART50", Severity.WARNING, "条例第五十条", "Deadline", "逾期", "late",
                new Location(null, null, null, null, line), null, null, null);
    }

    private static CheckResult result(String source, Finding... findings) {
        Report report = Report.unreadable(source, "not needed here");
        return new CheckResult(source, CheckResult.Status.CHECKED, report.metadata(), null, List.of(),
                List.of(findings), report);
    }

    private Baseline baselineOf(String reason, CheckResult... results) throws Exception {
        StringWriter out = new StringWriter();
        Baseline.write(List.of(results), out, reason);
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return Baseline.read(file);
    }

    private Path file(String json) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFindingWhoseMessageAndLineChangeButLocationStaysIsStillSuppressed() throws Exception {
        Baseline b = baselineOf("核实无误", result("a/2021.txt", finding("T3-C1-BALANCE", "一、本年新收", 40, "100 ≠ 95")));

        CheckResult later = b.apply(result("a/2021.txt", finding("T3-C1-BALANCE", "一、本年新收", 44, "101 ≠ 95")));

        assertThat(later.findings()).isEmpty();
        assertThat(later.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().message()).isEqualTo("101 ≠ 95");
            assertThat(s.reason()).isEqualTo("核实无误");
        });
        assertThat(later.count(Severity.ERROR)).isZero();
    }

    @Test
    void aFindingAtAnotherRowIsNotSuppressed() throws Exception {
        Baseline b = baselineOf("ok", result("a.txt", finding("T3-C1-BALANCE", "一、本年新收", 40, "m")));

        CheckResult other = b.apply(result("a.txt", finding("T3-C1-BALANCE", "二、上年结转", 40, "m")));

        assertThat(other.findings()).hasSize(1);
        assertThat(other.suppressed()).isEmpty();
    }

    @Test
    void anotherRuleOrAnotherReportAtTheSameLocationIsNotSuppressed() throws Exception {
        Baseline b = baselineOf("ok", result("a.txt", finding("T3-C1-BALANCE", "r", 1, "m")));

        assertThat(b.apply(result("a.txt", finding("T3-OTHER", "r", 1, "m"))).findings()).hasSize(1);
        assertThat(b.apply(result("b.txt", finding("T3-C1-BALANCE", "r", 1, "m"))).findings()).hasSize(1);
    }

    @Test
    void aReportInAMovedFolderStillMatchesByItsFileName() throws Exception {
        Baseline b = baselineOf("ok", result("/old/place/2021.pdf", finding("R", "r", 1, "m")));

        assertThat(b.apply(result("C:\\new\\place\\2021.pdf", finding("R", "r", 1, "m"))).findings()).isEmpty();
    }

    @Test
    void aFindingWithoutSectionTableRowOrColumnIsKeyedByItsLine() throws Exception {
        Baseline b = baselineOf("ok", result("a.txt", unplaced("DEADLINE", 3)));

        assertThat(b.apply(result("a.txt", unplaced("DEADLINE", 3))).findings()).isEmpty();
        assertThat(b.apply(result("a.txt", unplaced("DEADLINE", 4))).findings()).hasSize(1);
    }

    @Test
    void theReasonRoundTripsAndRewritingKeepsTheReasonsOfSuppressedFindings() throws Exception {
        Baseline first = baselineOf("口径差异，已核实", result("a.txt", finding("R", "r", 1, "m")));
        CheckResult run = first.apply(result("a.txt", finding("R", "r", 1, "m"), finding("R", "s", 2, "m")));

        StringWriter out = new StringWriter();
        Baseline.write(List.of(run), out, "新接受");
        Path file = dir.resolve("again.json");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        CheckResult again = Baseline.read(file).apply(result("a.txt", finding("R", "r", 1, "m"), finding("R", "s", 2, "m")));

        assertThat(again.findings()).isEmpty();
        assertThat(again.suppressed()).extracting(Suppressed::reason).containsExactly("口径差异，已核实", "新接受");
    }

    @Test
    void entriesFollowTheOrderOfResultsAndFindingsAndRepeatNoKey() throws Exception {
        StringWriter out = new StringWriter();
        Baseline.write(List.of(result("b.txt", finding("R2", "r", 9, "m"), finding("R1", "r", 3, "m")),
                result("a.txt", finding("R1", "r", 3, "m"), finding("R1", "r", 3, "another message"))), out, "ok");

        assertThat(out.toString()).containsSubsequence("\"b.txt\"", "\"R1\"", "\"b.txt\"", "\"R2\"", "\"a.txt\"", "\"R1\"");
        Path file = dir.resolve("b.json");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        assertThat(Baseline.read(file).size()).isEqualTo(3);
    }

    @Test
    void anEmptyBaselineSuppressesNothing() {
        CheckResult r = result("a.txt", finding("R", "r", 1, "m"));

        assertThat(Baseline.empty().apply(r)).isSameAs(r);
    }

    @Test
    void anUnknownFieldIsAClearErrorNamingTheFileEntryAndField() throws Exception {
        Path file = file("""
                {"formatVersion": 1, "entries": [{"report": "a.txt", "rule": "R", "reason": "ok", "colour": "red"}]}
                """);

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("entry 1")
                .hasMessageContaining("unknown field \"colour\"");
    }

    @Test
    void badJsonIsAClearErrorWithItsPlace() throws Exception {
        Path file = file("{\"formatVersion\": 1, \"entries\": [\n{\"report\": }");

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid JSON").hasMessageContaining("line 2");
    }

    @Test
    void anEntryWithoutAReasonIsRefused() throws Exception {
        Path file = file("{\"formatVersion\": 1, \"entries\": [{\"report\": \"a.txt\", \"rule\": \"R\"}]}");

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"reason\" is missing");
    }

    @Test
    void anotherFormatVersionIsRefused() throws Exception {
        Path file = file("{\"formatVersion\": 2, \"entries\": []}");

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("formatVersion");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json"))).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("none.json");
    }
}
