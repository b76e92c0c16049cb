package org.ogichecker.rules.r2007;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.read.ReportReader;

/**
 * The must / must-not lists of expectations.md for the four seed reports of the 2007 regime, read
 * from the repository copies. "Must report" = a finding of the requirement at WARNING or above
 * (ERROR for the Art. 32 items); "must not report" = none at WARNING or above (INFO is allowed).
 */
class SeedExpectationsR2007Test {

    private static final String S000 = "000_734aa9b994c11ae9.txt";
    private static final String S001 = "001_c5511601f1a9faaf.txt";
    private static final String S002 = "002_e0580ee3f0323bb9.txt";
    private static final String S004 = "004_d8150b4a48efdf7e.txt";

    private static final Map<String, List<String>> MUST = Map.of(
            S000, List.of("PERIOD-STATED", "CONTACT-STATED", "TEXT-TABLE"),
            S001, List.of("R2007-32-3", "R2007-32-4", "R2007-32-5", "R2007-32-6", "OLD-T-PRESENT", "CONTACT-STATED"),
            S002, List.of("R2007-32-6", "OLD-C3", "OLD-C6", "CELL-BLANK", "PERIOD-STATED", "TEXT-TABLE"),
            S004, List.of("R2007-32-6", "TEXT-SUM", "OLD-T-PRESENT"));

    private static final Map<String, List<String>> MUST_NOT = Map.of(
            S000, List.of("R2007-32-1", "R2007-32-2", "R2007-32-3", "R2007-32-4", "R2007-32-5", "R2007-32-6",
                    "OLD-T-PRESENT", "OLD-C1", "OLD-C2", "OLD-C3", "OLD-C4", "OLD-C5", "OLD-C6", "OLD-C7", "OLD-C8",
                    "OLD-C9", "CELL-BLANK", "REPORT-YEAR", "YEAR-CONSISTENT"),
            S001, List.of("R2007-32-1", "R2007-32-2", "PERIOD-STATED", "PERIOD-YEAR", "TEXT-SUM", "REPORT-YEAR"),
            S002, List.of("R2007-32-1", "R2007-32-2", "R2007-32-3", "R2007-32-4", "R2007-32-5", "OLD-C1", "OLD-C2",
                    "OLD-C9", "DEADLINE", "REPORT-YEAR"),
            S004, List.of("R2007-32-1", "R2007-32-2", "R2007-32-3", "R2007-32-4", "R2007-32-5", "PERIOD-STATED",
                    "PERIOD-YEAR", "CONTACT-STATED", "CONTACT-VALID", "REPORT-YEAR"));

    private static final Map<String, CheckResult> RESULTS = new ConcurrentHashMap<>();

    private static CheckResult result(String seed) {
        return RESULTS.computeIfAbsent(seed, s -> R2007Fixtures.CHECKER.check(
                ReportReader.create().read(Path.of("../examples/samples/" + s))));
    }

    static Stream<Arguments> mustReport() {
        return MUST.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(req -> Arguments.of(e.getKey(), req)));
    }

    static Stream<Arguments> mustNotReport() {
        return MUST_NOT.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(req -> Arguments.of(e.getKey(), req)));
    }

    @ParameterizedTest(name = "{0} must report {1}")
    @MethodSource("mustReport")
    void theSeedHasTheFindingsAnAuditorWouldReport(String seed, String requirement) {
        Severity least = requirement.startsWith("R2007-32-") ? Severity.ERROR : Severity.WARNING;
        assertThat(result(seed).has(requirement, least))
                .as("%s: %s at %s or above; findings: %s", seed, requirement, least, summary(result(seed)))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} must not report {1}")
    @MethodSource("mustNotReport")
    void theSeedHasNoFindingAnAuditorWouldReject(String seed, String requirement) {
        assertThat(result(seed).findings())
                .as("%s must not report %s at WARNING or above", seed, requirement)
                .noneMatch(f -> f.requirement().equals(requirement) && f.severity().atLeast(Severity.WARNING));
    }

    @Test
    void seed000IsWarnedAboutTheWeiboCountButNotAboutTheItemsPublished() {
        List<Finding> textTable = result(S000).findings().stream()
                .filter(f -> f.requirement().equals("TEXT-TABLE")).toList();
        // text 政务微博推送信息 132 条, table 3.政务微博公开政府信息数 0
        assertThat(textTable).anySatisfy(f -> {
            assertThat(f.actual()).isEqualTo("132");
            assertThat(f.expected()).isEqualTo("0");
        });
        // 54 items in the text and in the table: no finding about them
        assertThat(textTable).noneMatch(f -> "54".equals(f.actual()));
    }

    @Test
    void seed000CoversFeesAndReconsiderationOnlyThroughTheTable() {
        assertThat(result(S000).findings()).filteredOn(f -> f.requirement().equals("R2007-32-3")
                        || f.requirement().equals("R2007-32-4"))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder("R2007-32-3-TABLE-ONLY", "R2007-32-4-TABLE-ONLY");
    }

    @Test
    void seed001ReportsThatItsPlansSectionStatesNoProblems() {
        assertThat(result(S001).findings()).filteredOn(f -> f.rule().equals("R2007-32-5-PROBLEMS"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().section()).isEqualTo("六、明年政府信息公开工作的重点"));
    }

    @Test
    void seed002ReportsTheAnswersAndStaffSumsWithTheirNumbers() {
        assertThat(result(S002).findings()).filteredOn(f -> f.rule().equals("OLD-C3-ANSWERS")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("is 1", "= 2"));
        assertThat(result(S002).findings()).filteredOn(f -> f.rule().equals("OLD-C6-STAFF")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("is 4", "0 + 2 = 2"));
    }

    private static String summary(CheckResult r) {
        return r.findings().stream().map(f -> f.rule() + "/" + f.severity()).toList().toString();
    }
}
