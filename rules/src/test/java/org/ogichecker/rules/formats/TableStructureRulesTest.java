package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.formats.Fixtures.byRule;
import static org.ogichecker.rules.formats.Fixtures.check;
import static org.ogichecker.rules.formats.Fixtures.reported;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.read.ReportReader;
import org.ogichecker.rules.formats.Fixtures.Part;
import org.ogichecker.testing.ReportBuilder;

class TableStructureRulesTest {

    /** Expected: no T2/T3/T4-STRUCT and no FMT-VERSION for complete tables of the right version. */
    @Test
    void completeTablesOfTheRightVersionPass() {
        for (CheckResult r : List.of(check(Fixtures.f2021(2023).build()), check(Fixtures.f2019(2020).build()))) {
            assertThat(r.findings()).noneMatch(f -> List.of("T2-STRUCT", "T3-STRUCT", "T4-STRUCT", "FMT-VERSION")
                    .contains(f.requirement()));
        }
    }

    /** Expected: T2-STRUCT, T3-STRUCT and T4-STRUCT ERRORs (parts present, tables absent). */
    @Test
    void missingTablesAreErrors() {
        List<Part> parts = tablesAsText(table -> "见下表。");

        CheckResult r = check(Fixtures.report(2023, parts).build());

        assertThat(byRule(r, "T2-STRUCT-MISSING")).hasSize(1);
        assertThat(byRule(r, "T3-STRUCT-MISSING")).hasSize(1);
        assertThat(byRule(r, "T4-STRUCT-MISSING")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    /**
     * Expected: T2-, T3- and T4-STRUCT-IMAGE WARNINGs and no STRUCT-MISSING when each part shows an image (the line a
     * reader makes of one) in place of its table; near miss: an image beside a table that was read is no finding.
     */
    @Test
    void aTableShownAsAnImageIsAWarningThatItCannotBeReadNotAMissingTable() {
        List<Part> parts = tablesAsText(table -> "[图片]");
        List<Part> besides = Fixtures.f2021Parts().stream()
                .map(p -> new Part(p.ordinal(), p.number(), p.heading(), p.text() + "\n[图片]", p.table()))
                .toList();

        CheckResult r = check(Fixtures.report(2023, parts).build());

        for (String t : List.of("T2", "T3", "T4")) {
            assertThat(byRule(r, t + "-STRUCT-IMAGE")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("以图片代替表", "无法读取");
                assertThat(f.location().section()).isNotNull();
            });
            assertThat(byRule(r, t + "-STRUCT-MISSING")).isEmpty();
        }
        assertThat(reported(check(Fixtures.report(2023, besides).build()), "T2-STRUCT")).isEmpty();
    }

    /**
     * Expected: T2-, T3- and T4-STRUCT-UNREAD WARNINGs naming the labels, and no STRUCT-MISSING, when each part holds
     * its table's row labels and values a line each, as no reader makes rows of; near miss: a part with one row label
     * alone on a line and no table is missing its table.
     */
    @Test
    void aTableWhoseCellsAreALineEachIsAWarningThatItCannotBeReadNotAMissingTable() {
        List<Part> parts = tablesAsText(TableStructureRulesTest::cellsALine);
        List<Part> oneLabel = tablesAsText(table -> "本年度情况如下。\n" + rowLabels(table).get(0));

        CheckResult r = check(Fixtures.report(2023, parts).build());

        for (String t : List.of("T2", "T3", "T4")) {
            assertThat(byRule(r, t + "-STRUCT-UNREAD")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("无法读取", "未核对");
                assertThat(f.evidence()).contains(rowLabels("F2021-" + t).get(1));
                assertThat(f.location().section()).isNotNull();
            });
            assertThat(byRule(r, t + "-STRUCT-MISSING")).isEmpty();
        }
        CheckResult missing = check(Fixtures.report(2023, oneLabel).build());
        for (String t : List.of("T2", "T3", "T4")) {
            assertThat(byRule(missing, t + "-STRUCT-MISSING")).hasSize(1);
            assertThat(byRule(missing, t + "-STRUCT-UNREAD")).isEmpty();
        }
    }

    /** The parts of a complete 2021-format report, each table replaced by the text {@code text} makes of its layout. */
    private static List<Part> tablesAsText(Function<String, String> text) {
        return Fixtures.f2021Parts().stream()
                .map(p -> new Part(p.ordinal(), p.number(), p.heading(),
                        p.table() == null ? p.text() : text.apply(p.table()), null))
                .toList();
    }

    /** The row labels of a layout ({@code T4} has one layout whatever the format), in order. */
    private static List<String> rowLabels(String layoutId) {
        String id = layoutId.endsWith("T4") ? "T4" : layoutId;
        return Layouts.all().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow().rows().stream()
                .map(RowDef::label).toList();
    }

    /** A table's row labels, each followed by a value, a line each with blank lines between. */
    private static String cellsALine(String layoutId) {
        StringBuilder b = new StringBuilder();
        for (String label : rowLabels(layoutId)) {
            b.append(label).append("\n\n0\n\n");
        }
        return b.toString();
    }

    /** Expected: T2-STRUCT-IMAGE, not T2-STRUCT-MISSING, for the HTML sample with its table 二 replaced by a picture. */
    @Test
    void aWebPageThatShowsTableTwoAsAPictureGetsTheImageWarning() throws Exception {
        String page = Files.readString(Path.of("../examples/samples/pingtan-2025.html"));
        int table = page.indexOf("<table", page.indexOf("二、主动公开政府信息情况"));
        String pictured = page.substring(0, table) + "<p><img src=\"/images/table2.png\"></p>"
                + page.substring(page.indexOf("</table>", table) + "</table>".length());

        CheckResult r = check(ReportReader.create().read(pictured.getBytes(StandardCharsets.UTF_8), "page.html"));

        assertThat(byRule(r, "T2-STRUCT-IMAGE")).singleElement()
                .satisfies(f -> assertThat(f.location().section()).contains("主动公开政府信息情况"));
        assertThat(reported(r, "T2-STRUCT")).hasSize(1);
        assertThat(reported(r, "T3-STRUCT")).isEmpty();
    }

    /** Expected: T3-STRUCT-INCOMPLETE ERROR naming the missing row and column. */
    @Test
    void aTableWithMissingRowsAndColumnsSaysWhichAreMissing() {
        CheckResult r = check(Fixtures.f2021WithT3(2023,
                List.of("3.3.8"), List.of("research"), List.of(), List.of()).build());

        assertThat(byRule(r, "T3-STRUCT-INCOMPLETE")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("8.属于行政查询事项", "科研机构"));
    }

    /** Expected: T4-STRUCT-INCOMPLETE ERROR naming the five 复议后起诉 cells; near miss: blank cells count. */
    @Test
    void table4NeedsItsFifteenCellsButBlankCellsCount() {
        List<Part> parts = Fixtures.f2021Parts();
        parts.set(3, new Part(4, "四", "政府信息公开行政复议、行政诉讼情况", "", null));
        ReportBuilder partial = Fixtures.report(2023, parts).table("T4");
        ReportBuilder blanks = Fixtures.report(2023, parts).table("T4");
        for (String col : List.of("upheld", "corrected", "other", "pending", "total")) {
            partial.cell("T4", "review", col, 0).cell("T4", "suit-direct", col, 0);
            blanks.cell("T4", "review", col, "").cell("T4", "suit-direct", col, 0)
                    .cell("T4", "suit-after-review", col, 0);
        }

        assertThat(byRule(check(partial.build()), "T4-STRUCT-INCOMPLETE")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("复议后起诉/结果维持", "复议后起诉/总计")
                        .doesNotContain("行政复议/"));
        assertThat(reported(check(blanks.build()), "T4-STRUCT")).isEmpty();
    }

    /** Expected: T3-LABEL-VARIANT at INFO only, never an ERROR for a tolerated typo. */
    @Test
    void labelTyposAreVisibleAsInfo() {
        CheckResult r = check(Fixtures.f2021WithT3(2023,
                List.of(), List.of(), List.of(), List.of("2.其他法律行政止公开")).build());

        assertThat(byRule(r, "T3-LABEL-VARIANT")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("2.其他法律行政止公开");
        });
        assertThat(reported(r, "T3-STRUCT")).isEmpty();
        assertThat(reported(r, "R2019-50-2")).isEmpty();
    }

    /** Expected: FMT-VERSION ERROR for each trial-format table (二 and 三) in a 2023 report. */
    @Test
    void trialTablesInA2023ReportAreOutOfDate() {
        CheckResult r = check(Fixtures.f2019(2023).build());

        assertThat(byRule(r, "FMT-VERSION-CURRENT")).extracting(Finding::actual)
                .containsExactlyInAnyOrder("F2019-T2", "F2019-T3");
        assertThat(byRule(r, "FMT-VERSION-CURRENT")).allMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Expected: FMT-VERSION ERROR: a 2021 table lacking the three （六） sub-rows is the trial layout. */
    @Test
    void aSingleOtherHandlingRowIn2023MeansTheTrialLayout() {
        CheckResult r = check(Fixtures.f2021WithT3(2023,
                List.of("3.6.1", "3.6.2", "3.6.3"), List.of(), List.of("（六）其他处理"), List.of()).build());

        assertThat(byRule(r, "FMT-VERSION-CURRENT")).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("F2019-T3"));
    }

    /** Expected: FMT-VERSION WARNING (not ERROR) for 2021 tables in a 2020 report. */
    @Test
    void currentTablesInA2020ReportAreOnlyAWarning() {
        CheckResult r = check(Fixtures.f2021(2020).build());

        assertThat(byRule(r, "FMT-VERSION-TRIAL")).hasSize(2)
                .allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(byRule(r, "FMT-VERSION-CURRENT")).isEmpty();
    }
}
