package org.ogichecker.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.output.Results.checked;
import static org.ogichecker.output.Results.finding;
import static org.ogichecker.output.Results.unreadable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Regime;
import org.ogichecker.read.ReportReader;

class SarifWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RuleInfo BALANCE = new RuleInfo("T3-C1-BALANCE", "T3-C1", Severity.ERROR, "表三注",
            "Table 3 balance", "Checks the balance.", Set.of(Regime.F2021), "standard", "T3-C1-BALANCE");
    private static final RuleInfo QUIET = new RuleInfo("QUIET", "T3-C2", Severity.INFO, "b", "Never fires", "",
            Set.of(Regime.values()), "standard", "QUIET");

    private static JsonSchema schema;
    private static ComplianceChecker checker;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SarifWriterTest.class.getResourceAsStream("sarif-2.1.0-rtm.5.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(MAPPER.readTree(in), config);
        }
        checker = ComplianceChecker.create();
    }

    private static Set<ValidationMessage> validate(String sarif) throws IOException {
        return schema.validate(MAPPER.readTree(sarif));
    }

    /** Every sample as read and checked, with findings placed on its real cells and lines, some suppressed. */
    private static List<CheckResult> samples() throws IOException {
        List<CheckResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/samples"))) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".tsv")).sorted().toList()) {
                CheckResult r = checker.check(ReportReader.create().read(file));
                List<Finding> findings = new ArrayList<>(r.findings());
                List<Suppressed> suppressed = new ArrayList<>();
                Severity[] severities = Severity.values();
                for (int i = 0; i < r.report().tables().size(); i++) {
                    String table = r.report().tables().get(i).table();
                    Cell c = r.report().cells().stream().filter(x -> x.table().equals(table)).findFirst().orElseThrow();
                    Finding f = new Finding("SAMPLE-" + table, "T3-C1", severities[i % 3], "依据 <b>&", "Title",
                            "消息 " + c.raw(), "message " + c.raw(),
                            new Location("三、情况", table, c.rowLabel(), c.columnLabel(), c.line()), c.raw(), "1", c.raw());
                    findings.add(f);
                    suppressed.add(new Suppressed(new Finding("ACCEPTED", "T3-C1", Severity.WARNING, "b", "t", "m", "m",
                            new Location(null, table, null, null, 0), null, null, null), "已核实 \"ok\""));
                }
                findings.add(new Finding("UNPLACED", "ART50", Severity.WARNING, "条例", "t", "逾期", "late",
                        Location.NONE, null, null, null));
                results.add(new CheckResult(r.source(), r.status(), r.metadata(), r.regime(), r.rulesRun(), findings,
                        suppressed, r.report()));
            }
        }
        assertThat(results).hasSize(9);
        return results;
    }

    @Test
    void theNineSamplesGiveSarifThatTheOfficialSchemaAccepts() throws Exception {
        List<CheckResult> results = new ArrayList<>(samples());
        results.add(checker.check(ReportReader.create().read(new byte[] {0, 1, 2}, "文件 夹/坏的 #1.pdf")));
        results.add(unreadable("C:\\reports\\2021.pdf"));

        String sarif = SarifWriter.toSarif(results, Language.ZH, checker.rules());

        assertThat(validate(sarif)).isEmpty();
        JsonNode run = MAPPER.readTree(sarif).at("/runs/0");
        assertThat(run.get("artifacts")).hasSize(11);
        assertThat(run.get("results").size())
                .isEqualTo(results.stream().mapToInt(r -> r.findings().size() + r.suppressed().size()).sum());
    }

    @Test
    void anInvalidLogIsCaughtByTheSchema() throws Exception {
        String sarif = SarifWriter.toSarif(List.of(checked("a.txt", finding("R", Severity.ERROR, 1))), Language.ZH,
                List.of());

        assertThat(validate(sarif.replace("\"level\" : \"error\"", "\"level\" : \"fatal\""))).isNotEmpty();
        assertThat(validate(sarif.replace("\"startLine\" : 1", "\"startLine\" : 0"))).isNotEmpty();
    }

    @Test
    void theDriverDescribesEveryRuleGivenAndResultsPointAtTheirRule() throws Exception {
        JsonNode log = MAPPER.readTree(SarifWriter.toSarif(List.of(checked("a.txt",
                finding("T3-C1-BALANCE", Severity.ERROR, 42), finding("UNLISTED", Severity.INFO, 3))),
                Language.ZH, List.of(QUIET, BALANCE)));

        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("ogi-check");
        assertThat(driver.get("version").asText()).isEqualTo(Tool.VERSION);
        assertThat(driver.get("rules")).extracting(r -> r.get("id").asText())
                .containsExactly("QUIET", "T3-C1-BALANCE", "UNLISTED");
        JsonNode balance = driver.at("/rules/1");
        assertThat(balance.at("/shortDescription/text").asText()).isEqualTo("Table 3 balance");
        assertThat(balance.at("/fullDescription/text").asText()).isEqualTo("Checks the balance.");
        assertThat(balance.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(balance.at("/properties/requirement").asText()).isEqualTo("T3-C1");
        assertThat(balance.at("/properties/basis").asText()).isEqualTo("表三注");
        assertThat(balance.at("/properties/regimes/0").asText()).isEqualTo("F2021");
        assertThat(driver.at("/rules/0/defaultConfiguration/level").asText()).isEqualTo("note");

        JsonNode results = log.at("/runs/0/results");
        for (JsonNode r : results) {
            assertThat(driver.at("/rules/" + r.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(r.get("ruleId").asText());
        }
    }

    @Test
    void aResultCarriesItsMessageInTheChosenLanguageItsPlaceAndTheLegalBasis() throws Exception {
        JsonNode result = MAPPER.readTree(SarifWriter.toSarif(List.of(checked("dir/a.txt",
                finding("T3-C1-BALANCE", Severity.WARNING, 42))), Language.EN, List.of(BALANCE))).at("/runs/0/results/0");

        assertThat(result.get("level").asText()).isEqualTo("warning");
        assertThat(result.at("/message/text").asText()).isEqualTo("Table 3 does not balance: 100 ≠ 90 + 5");
        assertThat(result.at("/properties/messageZh").asText()).isEqualTo("表三合计不平：100 ≠ 90 + 5");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("dir/a.txt");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(42);
        assertThat(result.at("/locations/0/logicalLocations")).extracting(l -> l.get("kind").asText())
                .containsExactly("section", "table", "row", "column");
        assertThat(result.at("/locations/0/logicalLocations/1/name").asText()).isEqualTo("T3");
        assertThat(result.at("/properties/requirement").asText()).isEqualTo("T3-C1");
        assertThat(result.at("/properties/basis").asText()).isEqualTo("国办公开办函〔2021〕30号 表三注");
        assertThat(result.at("/properties/evidence").asText()).isEqualTo("一、本年新收 / 总计: 100");
        assertThat(result.at("/properties/expected").asText()).isEqualTo("95");
        assertThat(result.at("/properties/actual").asText()).isEqualTo("100");
        assertThat(result.has("suppressions")).isFalse();
    }

    @Test
    void aSuppressedFindingIsAResultWithAnExternalSuppressionAndItsReason() throws Exception {
        CheckResult r = checked("a.txt");
        CheckResult withSuppressed = new CheckResult(r.source(), r.status(), r.metadata(), r.regime(), r.rulesRun(),
                List.of(), List.of(new Suppressed(finding("R", Severity.ERROR, 1), "口径已核实")), r.report());

        JsonNode log = MAPPER.readTree(SarifWriter.toSarif(List.of(withSuppressed), Language.ZH, List.of()));

        assertThat(log.at("/runs/0/results/0/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(log.at("/runs/0/results/0/suppressions/0/justification").asText()).isEqualTo("口径已核实");
        assertThat(log.at("/runs/0/properties/summary/errors").asInt()).isZero();
        assertThat(log.at("/runs/0/properties/summary/suppressed").asInt()).isEqualTo(1);
    }

    @Test
    void anUnreadableInputIsAResultAndAnArtifact() throws Exception {
        JsonNode run = MAPPER.readTree(SarifWriter.toSarif(List.of(unreadable("x/c.pdf")), Language.ZH, List.of()))
                .at("/runs/0");

        assertThat(run.at("/results/0/ruleId").asText()).isEqualTo("INPUT-UNREADABLE");
        assertThat(run.at("/results/0/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(run.at("/artifacts/0/location/uri").asText()).isEqualTo("x/c.pdf");
        assertThat(run.at("/artifacts/0/properties/status").asText()).isEqualTo("UNREADABLE");
    }

    @Test
    void theRunSummaryGivesTheCountsAndTheMostFrequentRequirements() throws Exception {
        JsonNode summary = MAPPER.readTree(SarifWriter.toSarif(List.of(
                checked("a.txt", finding("R1", Severity.ERROR, 1), finding("R2", Severity.WARNING, 2)),
                checked("b.txt", finding("R1", Severity.ERROR, 1)), unreadable("c.pdf")), Language.ZH, List.of()))
                .at("/runs/0/properties/summary");

        assertThat(summary.get("reports").asInt()).isEqualTo(3);
        assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
        assertThat(summary.get("errors").asInt()).isEqualTo(3);
        assertThat(summary.at("/topRequirements/0/requirement").asText()).isEqualTo("T3-C1");
        assertThat(summary.at("/topRequirements/0/findings").asInt()).isEqualTo(3);
        assertThat(summary.at("/topRequirements/0/reports").asInt()).isEqualTo(2);
        assertThat(summary.at("/topRequirements/1/requirement").asText()).isEqualTo("INPUT-UNREADABLE");
    }

    @Test
    void sourcesBecomeUriReferences() {
        assertThat(SarifWriter.uri("报告/2021 年.txt")).isEqualTo("%E6%8A%A5%E5%91%8A/2021%20%E5%B9%B4.txt");
        assertThat(SarifWriter.uri("sub\\a.txt")).isEqualTo("sub/a.txt");
        assertThat(SarifWriter.uri("/tmp/a b.txt")).isEqualTo("file:///tmp/a%20b.txt");
        assertThat(SarifWriter.uri("a:b.txt")).isEqualTo("./a:b.txt");
    }

    @Test
    void anEmptyBatchIsAValidLog() throws Exception {
        assertThat(validate(SarifWriter.toSarif(List.of(), Language.ZH, List.of()))).isEmpty();
    }
}
