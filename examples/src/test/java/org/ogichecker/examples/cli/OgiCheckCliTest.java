package org.ogichecker.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogichecker.engine.Severity;
import org.ogichecker.testing.SampleExpectations;

/** Runs the shaded jar as a user would, in a process of its own (surefire runs after packaging). */
class OgiCheckCliTest {

    private static final Path JAR = Path.of("target", "ogi-check.jar");
    private static final String SAMPLE = "samples/003_787e7c90b6bc98b9.txt";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return MAPPER.readTree(out);
        }
    }

    private Run ogiCheck(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path err = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ogi-check finished in time").isTrue();
        return new Run(p.exitValue(), out, Files.readString(err));
    }

    @Test
    void jsonOutputHasTheDocumentedShapeAndTheSummaryCountsTheFindings() throws Exception {
        Run run = ogiCheck("--format", "json", SAMPLE);

        JsonNode doc = run.json();
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(doc.at("/tool/name").asText()).isEqualTo("ogi-check");
        assertThat(doc.at("/tool/version").asText()).isNotBlank();
        assertThat(doc.get("reports")).hasSize(1);
        JsonNode report = doc.at("/reports/0");
        assertThat(report.fieldNames()).toIterable()
                .contains("source", "status", "agency", "year", "regime", "bodyType", "findings");
        assertThat(report.get("source").asText()).isEqualTo(SAMPLE);
        assertThat(report.get("status").asText()).isEqualTo("CHECKED");
        for (JsonNode f : report.get("findings")) {
            assertThat(f.fieldNames()).toIterable().contains("rule", "requirement", "severity", "basis", "message",
                    "messageEn", "location", "evidence", "expected", "actual");
            assertThat(f.get("location").fieldNames()).toIterable()
                    .contains("section", "table", "row", "column", "line");
        }
        JsonNode summary = doc.get("summary");
        assertThat(summary.get("reports").asInt()).isEqualTo(1);
        assertThat(summary.get("errors").asInt()).isEqualTo(count(report, "ERROR"));
        assertThat(summary.get("warnings").asInt()).isEqualTo(count(report, "WARNING"));
        assertThat(summary.get("infos").asInt()).isEqualTo(count(report, "INFO"));
        assertThat(run.exitCode()).isEqualTo(count(report, "ERROR") > 0 ? 1 : 0);
    }

    private static int count(JsonNode report, String severity) {
        int n = 0;
        for (JsonNode f : report.get("findings")) {
            n += f.get("severity").asText().equals(severity) ? 1 : 0;
        }
        return n;
    }

    /** expectations.md for every sample, through the jar's JSON, and byte-identical output on a second run. */
    @Test
    void theSamplesGetTheExpectedFindingsInJsonAndTheSameOutputEveryRun() throws Exception {
        Run first = ogiCheck("--format", "json", "samples");
        Run second = ogiCheck("--format", "json", "samples");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(second.out()).isEqualTo(first.out());

        Map<String, List<SampleExpectations.Found>> bySample = new HashMap<>();
        for (JsonNode report : first.json().get("reports")) {
            assertThat(report.get("status").asText()).as(report.get("source").asText()).isEqualTo("CHECKED");
            List<SampleExpectations.Found> found = new ArrayList<>();
            report.get("findings").forEach(f -> found.add(new SampleExpectations.Found(
                    f.get("requirement").asText(), Severity.valueOf(f.get("severity").asText()))));
            bySample.put(Path.of(report.get("source").asText()).getFileName().toString(), found);
        }
        for (SampleExpectations.Expectation e : SampleExpectations.load()) {
            assertThat(bySample).as("the output has %s", e.sample()).containsKey(e.sample());
            assertThat(e.metBy(bySample.get(e.sample()))).as("%s; found %s", e, bySample.get(e.sample())).isTrue();
        }
    }

    @Test
    void textIsTheDefaultFormatAndStdoutCarriesNothingElse() throws Exception {
        Run run = ogiCheck("--lang", "en", SAMPLE);

        assertThat(run.out()).startsWith("== " + SAMPLE + "\n").contains("agency: ", "regime: ");
        assertThat(run.out().lines().reduce((first, last) -> last)).hasValueSatisfying(last -> assertThat(last)
                .matches("reports 1 \\(checked 1, unreadable 0\\): errors \\d+, warnings \\d+, infos \\d+"));
        assertThat(run.out()).doesNotContain("[main]", "SLF4J");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() throws Exception {
        Run run = ogiCheck("--frobnicate", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadDateIsAUsageErrorThatSaysWhatIsExpected() throws Exception {
        Run run = ogiCheck("--published", "2022-13-45", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--published", "YYYY-MM-DD", "2022-13-45");
    }

    @Test
    void aLimitThatIsNotPositiveIsAUsageError() throws Exception {
        Run run = ogiCheck("--max-lines", "0", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-size, --max-chars, --max-lines and --timeout must be positive");
    }

    @Test
    void aMissingFileIsAUsageErrorNamingTheFile() throws Exception {
        Run run = ogiCheck(SAMPLE, "no/such/report.txt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no/such/report.txt");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anEmptyFileIsReportedAsUnreadableWithExitCode3() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));

        Run run = ogiCheck("--format", "json", empty.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        JsonNode report = run.json().at("/reports/0");
        assertThat(report.get("source").asText()).isEqualTo(empty.toString());
        assertThat(report.get("status").asText()).isEqualTo("UNREADABLE");
        assertThat(report.get("findings")).extracting(f -> f.get("requirement").asText()).contains("INPUT-UNREADABLE");
        assertThat(run.json().at("/summary/unreadable").asInt()).isEqualTo(1);
    }

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderForReportFilesOnly() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createFile(dir.resolve("sub/a.PDF"));
        Files.createFile(dir.resolve("b.txt"));
        Files.createFile(dir.resolve("c.htm"));
        Files.createFile(dir.resolve("d.doc"));
        Files.createFile(dir.resolve("e.mht"));
        Files.createFile(dir.resolve("f.shtml"));
        Files.createFile(dir.resolve("notes.md"));
        Path named = Files.createFile(tmp.resolve("named.rtf"));

        Run run = ogiCheck("--format", "json", dir.toString(), named.toString());

        assertThat(run.json().get("reports")).extracting(r -> r.get("source").asText()).containsExactly(
                dir.resolve("b.txt").toString(), dir.resolve("c.htm").toString(), dir.resolve("d.doc").toString(),
                dir.resolve("e.mht").toString(), dir.resolve("f.shtml").toString(), dir.resolve("sub/a.PDF").toString(),
                named.toString());
    }

    @Test
    void listRulesListsTheLoadedRulesIncludingTheInputRule() throws Exception {
        Run run = ogiCheck("--list-rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).anySatisfy(l -> assertThat(l).startsWith("INPUT-UNREADABLE "));
    }

    @Test
    void listRulesInJsonGivesEachRuleItsMetadata() throws Exception {
        Run run = ogiCheck("--list-rules", "--format", "json");

        JsonNode rules = run.json().get("rules");
        assertThat(rules).extracting(r -> r.get("id").asText()).contains("INPUT-UNREADABLE");
        for (JsonNode r : rules) {
            assertThat(r.fieldNames()).toIterable().contains("id", "requirement", "severity", "regimes", "title");
        }
    }

    @Test
    void aParallelRunWritesExactlyWhatASequentialRunWrites() throws Exception {
        Run sequential = ogiCheck("--jobs", "1", "--format", "json", "samples");
        Run parallel = ogiCheck("--jobs", "4", "--format", "json", "samples");
        Run text = ogiCheck("--jobs", "1", "--lang", "en", "samples");
        Run parallelText = ogiCheck("--jobs", "3", "--lang", "en", "samples");

        assertThat(parallel.out()).isEqualTo(sequential.out());
        assertThat(parallelText.out()).isEqualTo(text.out());
        assertThat(parallel.exitCode()).isEqualTo(sequential.exitCode());
    }

    @Test
    void theProgressBarStaysOffWhenStderrIsNotATerminal() throws Exception {
        Run run = ogiCheck("--jobs", "2", "samples");

        assertThat(run.err()).doesNotContain("[#", "/9 ");
    }

    /** Seed 003 has warnings and infos but no error. */
    @Test
    void failOnSetsTheSeverityThatMakesTheExitCode1() throws Exception {
        assertThat(ogiCheck(SAMPLE).exitCode()).isZero();
        assertThat(ogiCheck("--fail-on", "error", SAMPLE).exitCode()).isZero();
        assertThat(ogiCheck("--fail-on", "warning", SAMPLE).exitCode()).isEqualTo(1);
        assertThat(ogiCheck("--fail-on", "INFO", SAMPLE).exitCode()).isEqualTo(1);
        assertThat(ogiCheck("--fail-on", "none", "samples").exitCode()).isZero();
        assertThat(ogiCheck("--fail-on", "critical", SAMPLE).exitCode()).isEqualTo(2);
    }

    @Test
    void anUnreadableInputTakesPrecedenceOverFindingsInTheExitCode() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));

        Run run = ogiCheck("--format", "json", "samples/001_c5511601f1a9faaf.txt", empty.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.json().get("reports")).extracting(r -> r.get("status").asText())
                .containsExactly("CHECKED", "UNREADABLE");
        assertThat(run.json().at("/summary/errors").asInt()).isPositive();
    }

    @Test
    void explainGivesTheRuleMetadataAndTheFindingsOfItsExampleCheckedNow() throws Exception {
        Run run = ogiCheck("--lang", "en", "--explain", "t3-c4-carryover");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("T3-C4-CARRYOVER  [T3-C4]  WARNING\n")
                .contains("regimes: F2019, F2021", "basis: ", "explanation: ", "title: ")
                .contains("example report (with the previous report (2022)):", "checking it gives:\n    WARNING T3-C4-CARRYOVER (line ")
                .doesNotContain("out of date");
    }

    @Test
    void explainOfARequirementExplainsEachOfItsRulesWithItsExampleInJson() throws Exception {
        Run run = ogiCheck("--format", "json", "--explain", "T3-C1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("rules")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("requirement").asText()).isEqualTo("T3-C1");
            assertThat(r.at("/example/text").asText()).contains("本年新收政府信息公开申请数量");
            assertThat(r.at("/example/findings")).as("checking the example fires the rule").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.get("rule").asText()).isEqualTo(r.get("id").asText()));
        });
    }

    @Test
    void explainOfAnUnknownIdIsAUsageErrorSuggestingTheClosestIds() throws Exception {
        Run run = ogiCheck("--explain", "T3-C4-CARYOVER");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("T3-C4-CARYOVER", "T3-C4-CARRYOVER");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void previousFileOfTheYearBeforeMakesTheCrossYearChecks() throws Exception {
        Run run = ogiCheck("--format", "json", "--previous", "samples/hongze-2023.pdf", "samples/hongze-2024.pdf");

        assertThat(rules(run.json().at("/reports/0"))).doesNotContain("T3-C4-NO-PREVIOUS");
    }

    @Test
    void previousFileOfAnotherYearSaysTheCrossYearChecksWereNotMade() throws Exception {
        Run run = ogiCheck("--lang", "en", "--previous", "samples/hongze-2024.pdf", "samples/hongze-2024.pdf");

        assertThat(run.out()).contains("INFO  T3-C4-NO-PREVIOUS  [T3-C4]", "INFO  T2-C2-NO-PREVIOUS  [T2-C2]",
                "The cross-year check (table 三 carry-over) was not made: the previous report given "
                        + "(samples/hongze-2024.pdf) is for 2024, this report is for 2024, so it should be the 2023 report");
    }

    /** The input folder holds 2023 and 2024 of one body: 2024 is compared with 2023, 2023 has no 2022. */
    @Test
    void previousFolderGivesEachInputTheReportOfItsYearBefore() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("hongze"));
        Files.copy(Path.of("samples/hongze-2023.pdf"), dir.resolve("hongze-2023.pdf"));
        Files.copy(Path.of("samples/hongze-2024.pdf"), dir.resolve("hongze-2024.pdf"));

        Run run = ogiCheck("--format", "json", "--previous", dir.toString(), dir.toString());

        JsonNode reports = run.json().get("reports");
        assertThat(reports.at("/0/year").asInt()).isEqualTo(2023);
        assertThat(rules(reports.get(0))).contains("T3-C4-NO-PREVIOUS");
        assertThat(reports.at("/0/findings").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("上年报告不可用：", "中没有本机关 2022 年的报告"));
        assertThat(reports.at("/1/year").asInt()).isEqualTo(2024);
        assertThat(rules(reports.get(1))).doesNotContain("T3-C4-NO-PREVIOUS");
    }

    @Test
    void anUnreadablePreviousFileIsAUsageError() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));

        Run run = ogiCheck("--previous", empty.toString(), SAMPLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--previous", empty.toString());
    }

    @Test
    void eachOutputOptionWritesItsFileAndStdoutStaysEmpty() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));

        Run run = ogiCheck("--output-text", out.resolve("r.txt").toString(), "--output-json", out.resolve("r.json").toString(),
                "--output-sarif", out.resolve("r.sarif").toString(), "--output-html", out.resolve("r.html").toString(),
                "--output-csv", out.resolve("r.csv").toString(), SAMPLE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary file is left").containsExactlyInAnyOrder("r.txt", "r.json", "r.sarif", "r.html", "r.csv");
        }
        assertThat(Files.readString(out.resolve("r.txt"))).startsWith("== " + SAMPLE);
        assertThat(MAPPER.readTree(out.resolve("r.json").toFile()).at("/reports/0/source").asText()).isEqualTo(SAMPLE);
        assertThat(MAPPER.readTree(out.resolve("r.sarif").toFile()).get("version").asText()).isEqualTo("2.1.0");
        assertThat(Files.readString(out.resolve("r.html"))).startsWith("<!DOCTYPE html>").contains("</html>");
        assertThat(Files.readString(out.resolve("r.csv")).lines().skip(1)).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith(SAMPLE + ","));
    }

    /**
     * The audit run of the issue: the sample folder, with a baseline and --previous, in all five
     * formats at once; the SARIF validates against the official schema (the copy in core's tests).
     */
    @Test
    void theSampleFolderGivesAllFiveFormatsAndSarifThatTheSchemaAccepts() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        ogiCheck("--write-baseline", baseline.toString(), "--output-csv", tmp.resolve("first.csv").toString(),
                "samples/001_c5511601f1a9faaf.txt");
        Path out = Files.createDirectories(tmp.resolve("out"));

        Run run = ogiCheck("--baseline", baseline.toString(), "--previous", "samples", "--format", "text",
                "--format", "json", "--format", "sarif", "--format", "html", "--format", "csv",
                "--output", out.resolve("audit").toString(), "samples");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        for (String ext : List.of("txt", "json", "sarif", "html", "csv")) {
            assertThat(out.resolve("audit." + ext)).isNotEmptyFile();
        }
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/org/ogichecker/output/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(MAPPER.readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        JsonNode sarif = MAPPER.readTree(out.resolve("audit.sarif").toFile());
        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results")).anySatisfy(r -> assertThat(r.has("suppressions")).isTrue())
                .anySatisfy(r -> assertThat(r.get("ruleId").asText()).isEqualTo("T3-C4-NO-PREVIOUS"));
    }

    @Test
    void repeatedFormatsWithOutputGoToOneFileEachNamedByExtensionBesideTheFormatOnStdout() throws Exception {
        Run run = ogiCheck("--format", "json", "--format", "csv", "--output", tmp.resolve("result").toString(),
                "--output-html", tmp.resolve("page.html").toString(), SAMPLE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(tmp.resolve("result.json")).isNotEmptyFile();
        assertThat(tmp.resolve("result.csv")).isNotEmptyFile();
        assertThat(tmp.resolve("page.html")).isNotEmptyFile();
    }

    @Test
    void anExplicitFormatStillGoesToStdoutBesideOutputFiles() throws Exception {
        Run run = ogiCheck("--format", "json", "--output-csv", tmp.resolve("r.csv").toString(), SAMPLE);

        assertThat(run.json().at("/reports/0/source").asText()).isEqualTo(SAMPLE);
        assertThat(tmp.resolve("r.csv")).isNotEmptyFile();
    }

    @Test
    void outputProblemsAreUsageErrorsAndWriteNothing() throws Exception {
        Run several = ogiCheck("--format", "json", "--format", "csv", SAMPLE);
        Run noFolder = ogiCheck("--output-sarif", tmp.resolve("missing/r.sarif").toString(), SAMPLE);
        Run badFormat = ogiCheck("--format", "pdf", SAMPLE);

        assertThat(several.exitCode()).isEqualTo(2);
        assertThat(several.err()).contains("--output");
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains(tmp.resolve("missing").toString(), "does not exist");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("pdf", "sarif");
    }

    /** Seed 001 has errors: accepted in a baseline they are shown as suppressed and no longer fail the run. */
    @Test
    void aWrittenBaselineSuppressesTheFindingsVisiblyAndTheExitCodeBecomes0() throws Exception {
        String sample = "samples/001_c5511601f1a9faaf.txt";
        Path baseline = tmp.resolve("baseline.json");

        Run first = ogiCheck("--format", "json", "--write-baseline", baseline.toString(), "--reason", "核实无误", sample);
        Run second = ogiCheck("--format", "json", "--baseline", baseline.toString(), sample);

        assertThat(first.exitCode()).isEqualTo(1);
        JsonNode before = first.json().at("/reports/0/findings");
        assertThat(MAPPER.readTree(baseline.toFile()).get("entries")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("reason").asText()).isEqualTo("核实无误"));
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode after = second.json().at("/reports/0");
        assertThat(after.get("findings")).isEmpty();
        assertThat(after.get("suppressed")).hasSameSizeAs(before)
                .allSatisfy(s -> assertThat(s.get("reason").asText()).isEqualTo("核实无误"));
        assertThat(second.json().at("/summary/suppressed").asInt()).isEqualTo(before.size());
    }

    @Test
    void aBadBaselineIsAUsageErrorGivingTheReason() throws Exception {
        Path baseline = Files.writeString(tmp.resolve("baseline.json"), "{\"formatVersion\": 1, \"entries\": [{\"rule\": \"X\"}]}");

        Run run = ogiCheck("--baseline", baseline.toString(), SAMPLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(baseline.toString(), "entry 1", "\"report\" is missing");
        assertThat(run.out()).isEmpty();
    }

    private static List<String> rules(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("rule").asText()));
        return ids;
    }
}
