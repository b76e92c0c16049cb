package org.ogichecker.rules.r2007;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.read.ReportReader;

/**
 * Details of the findings on the four seed reports of the 2007 regime beyond the must / must-not
 * lists (those are checked for every sample by {@code SampleExpectationsTest}).
 */
class SeedExpectationsR2007Test {

    private static final String S000 = "000_734aa9b994c11ae9.txt";
    private static final String S001 = "001_c5511601f1a9faaf.txt";
    private static final String S002 = "002_e0580ee3f0323bb9.txt";
    private static final String S004 = "004_d8150b4a48efdf7e.txt";

    private static final Map<String, CheckResult> RESULTS = new ConcurrentHashMap<>();

    private static CheckResult result(String seed) {
        return RESULTS.computeIfAbsent(seed, s -> R2007Fixtures.CHECKER.check(
                ReportReader.create().read(Path.of("../examples/samples/" + s))));
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
}
