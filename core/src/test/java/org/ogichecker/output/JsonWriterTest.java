package org.ogichecker.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.output.Results.checked;
import static org.ogichecker.output.Results.finding;
import static org.ogichecker.output.Results.unreadable;
import static org.ogichecker.output.Results.withSuppressed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.Regime;

class JsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return MAPPER.readTree(s);
    }

    @Test
    void theDocumentHasTheContractedShapeWithFieldsInTheContractedOrder() throws Exception {
        JsonNode doc = json(JsonWriter.toJson(List.of(checked("a.txt", finding("T3-C1-BALANCE", Severity.ERROR, 42)))));

        assertThat(doc.fieldNames()).toIterable().startsWith("formatVersion", "tool", "reports", "summary");
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(doc.at("/tool/name").asText()).isEqualTo("ogi-check");
        assertThat(doc.at("/tool/version").asText()).isNotBlank().doesNotContain("${");
        JsonNode report = doc.at("/reports/0");
        assertThat(report.fieldNames()).toIterable()
                .containsSubsequence("source", "status", "agency", "year", "regime", "bodyType", "findings");
        assertThat(report.get("source").asText()).isEqualTo("a.txt");
        assertThat(report.get("status").asText()).isEqualTo("CHECKED");
        assertThat(report.get("agency").asText()).isEqualTo("某某市人民政府");
        assertThat(report.get("year").asInt()).isEqualTo(2021);
        assertThat(report.get("regime").asText()).isEqualTo("F2021");
        assertThat(report.get("bodyType").asText()).isEqualTo("GOVERNMENT");
        assertThat(report.get("published").asText()).isEqualTo("2022-01-20");
        assertThat(report.get("rulesRun").asInt()).isEqualTo(2);
        JsonNode f = report.at("/findings/0");
        assertThat(f.fieldNames()).toIterable().containsSubsequence("rule", "requirement", "severity", "basis",
                "message", "messageEn", "location", "evidence", "expected", "actual");
        assertThat(f.get("rule").asText()).isEqualTo("T3-C1-BALANCE");
        assertThat(f.get("requirement").asText()).isEqualTo("T3-C1");
        assertThat(f.get("severity").asText()).isEqualTo("ERROR");
        assertThat(f.get("message").asText()).contains("100 ≠ 90 + 5");
        assertThat(f.get("messageEn").asText()).contains("does not balance");
        assertThat(f.get("location").fieldNames()).toIterable()
                .containsExactly("section", "table", "row", "column", "line");
        assertThat(f.at("/location/table").asText()).isEqualTo("T3");
        assertThat(f.at("/location/line").asInt()).isEqualTo(42);
        assertThat(f.get("expected").asText()).isEqualTo("95");
        assertThat(f.get("actual").asText()).isEqualTo("100");
    }

    @Test
    void theSummaryCountsReportsAndFindingsBySeverity() throws Exception {
        JsonNode doc = json(JsonWriter.toJson(List.of(
                checked("a.txt", finding("R1", Severity.ERROR, 1), finding("R2", Severity.WARNING, 2),
                        finding("R3", Severity.WARNING, 3)),
                checked("b.txt", finding("R4", Severity.INFO, 4)),
                unreadable("c.pdf"))));

        JsonNode s = doc.get("summary");
        assertThat(s.get("reports").asInt()).isEqualTo(3);
        assertThat(s.get("checked").asInt()).isEqualTo(2);
        assertThat(s.get("unreadable").asInt()).isEqualTo(1);
        assertThat(s.get("errors").asInt()).isEqualTo(2);
        assertThat(s.get("warnings").asInt()).isEqualTo(2);
        assertThat(s.get("infos").asInt()).isEqualTo(1);
    }

    @Test
    void unknownValuesAreNullsAndTheKeysAreStillThere() throws Exception {
        JsonNode report = json(JsonWriter.toJson(List.of(unreadable("c.pdf")))).at("/reports/0");

        assertThat(report.get("status").asText()).isEqualTo("UNREADABLE");
        assertThat(report.get("agency").isNull()).isTrue();
        assertThat(report.get("year").isNull()).isTrue();
        assertThat(report.get("regime").isNull()).isTrue();
        assertThat(report.get("bodyType").asText()).isEqualTo("UNKNOWN");
        assertThat(report.at("/findings/0/location/line").isNull()).isTrue();
        assertThat(report.at("/findings/0/expected").isNull()).isTrue();
        assertThat(report.get("rulesRun").asInt()).isZero();
    }

    @Test
    void findingsAreSortedErrorsFirstWhateverTheOrderOfTheResult() throws Exception {
        JsonNode findings = json(JsonWriter.toJson(List.of(checked("a.txt",
                finding("LATE", Severity.INFO, 1), finding("B", Severity.ERROR, 9), finding("A", Severity.ERROR, 3)))))
                .at("/reports/0/findings");

        assertThat(findings).extracting(n -> n.get("rule").asText()).containsExactly("A", "B", "LATE");
    }

    @Test
    void readerNotesAreListedWithTheReport() throws Exception {
        JsonNode notes = json(JsonWriter.toJson(List.of(checked("a.txt")))).at("/reports/0/notes");

        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.get("kind").asText()).isEqualTo("NOTE");
            assertThat(n.get("message").asText()).isEqualTo("table 4 was not found");
            assertThat(n.get("messageZh").asText()).isEqualTo("未找到表四");
        });
    }

    @Test
    void anEmptyBatchIsAValidDocumentWithZeroCounts() throws Exception {
        JsonNode doc = json(JsonWriter.toJson(List.of()));

        assertThat(doc.get("reports")).isEmpty();
        assertThat(doc.at("/summary/reports").asInt()).isZero();
    }

    @Test
    void theSameResultsGiveTheSameBytes() {
        String first = JsonWriter.toJson(List.of(checked("a.txt", finding("R1", Severity.ERROR, 1)), unreadable("b")));
        String second = JsonWriter.toJson(List.of(checked("a.txt", finding("R1", Severity.ERROR, 1)), unreadable("b")));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void rulesAreListedWithTheirMetadataAndRegimesInOrder() throws Exception {
        RuleInfo rule = new RuleInfo("T3-C1-BALANCE", "T3-C1", Severity.ERROR, "表三注", "Table 3 balance",
                "Checks the balance.", Set.of(Regime.F2021, Regime.F2019), "standard", "T3-C1-BALANCE");
        StringWriter out = new StringWriter();

        JsonWriter.writeRules(List.of(rule), out);

        JsonNode doc = json(out.toString());
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
        JsonNode r = doc.at("/rules/0");
        assertThat(r.get("id").asText()).isEqualTo("T3-C1-BALANCE");
        assertThat(r.get("requirement").asText()).isEqualTo("T3-C1");
        assertThat(r.get("severity").asText()).isEqualTo("ERROR");
        assertThat(r.get("regimes")).extracting(JsonNode::asText).containsExactly("F2019", "F2021");
        assertThat(r.get("title").asText()).isEqualTo("Table 3 balance");
    }

    @Test
    void suppressedFindingsAreListedWithTheirReasonAndCountedApart() throws Exception {
        JsonNode doc = json(JsonWriter.toJson(List.of(withSuppressed(checked("a.txt", finding("R1", Severity.ERROR, 1)),
                new Suppressed(finding("R9", Severity.ERROR, 3), "口径已核实")))));

        JsonNode report = doc.at("/reports/0");
        assertThat(report.fieldNames()).toIterable().containsSubsequence("findings", "suppressed", "notes");
        assertThat(report.get("findings")).extracting(n -> n.get("rule").asText()).containsExactly("R1");
        assertThat(report.at("/suppressed/0/rule").asText()).isEqualTo("R9");
        assertThat(report.at("/suppressed/0/location/line").asInt()).isEqualTo(3);
        assertThat(report.at("/suppressed/0/reason").asText()).isEqualTo("口径已核实");
        assertThat(doc.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(doc.at("/summary/suppressed").asInt()).isEqualTo(1);
    }

    @Test
    void theSummaryNamesTheMostFrequentRequirementsWithTheirFindingsAndReports() throws Exception {
        Finding other = new Finding("X", "ART50", Severity.INFO, "b", "t", "m", "m", null, null, null, null);
        JsonNode top = json(JsonWriter.toJson(List.of(
                checked("a.txt", finding("R1", Severity.ERROR, 1), finding("R2", Severity.ERROR, 2), other),
                checked("b.txt", finding("R1", Severity.ERROR, 1), other)))).at("/summary/topRequirements");

        assertThat(top).hasSize(2);
        assertThat(top.get(0).get("requirement").asText()).isEqualTo("T3-C1");
        assertThat(top.get(0).get("findings").asInt()).isEqualTo(3);
        assertThat(top.get(0).get("reports").asInt()).isEqualTo(2);
        assertThat(top.get(1).get("requirement").asText()).isEqualTo("ART50");
        assertThat(top.get(1).get("findings").asInt()).isEqualTo(2);
    }
}
