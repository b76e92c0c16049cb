package org.ogichecker.rules.formats;

import java.util.ArrayList;
import java.util.List;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.model.Report;
import org.ogichecker.model.TableInfo;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.ReportBuilder;

/**
 * Fixtures for the format rules: a complete, consistent report of the 2021 (or trial) format whose
 * parts the tests remove, rename or reorder, and whose tables they alter cell by cell.
 */
final class Fixtures {

    /** Compiled once for all format tests. */
    static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    static final String OVERVIEW_TEXT = "（一）主动公开。全年主动公开政府信息120条。（二）依申请公开。规范办理流程。"
            + "（三）政府信息管理。落实保密审查。（四）平台建设。优化政府网站。（五）监督保障。开展业务培训。";

    /**
     * One top-level part of a fixture.
     *
     * @param ordinal the numeral's value
     * @param number  the numeral as printed
     * @param heading the heading text
     * @param text    the text under it ("" for none)
     * @param table   the layout of a zero-filled table under it, or null
     */
    record Part(int ordinal, String number, String heading, String text, String table) {
    }

    private Fixtures() {
    }

    /** The six parts of a complete 2021-format report (tables of zeros, fee stated in part 六). */
    static List<Part> f2021Parts() {
        return new ArrayList<>(List.of(
                new Part(1, "一", "总体情况", OVERVIEW_TEXT, null),
                new Part(2, "二", "主动公开政府信息情况", "", "F2021-T2"),
                new Part(3, "三", "收到和处理政府信息公开申请情况", "", "F2021-T3"),
                new Part(4, "四", "政府信息公开行政复议、行政诉讼情况", "", "T4"),
                new Part(5, "五", "存在的主要问题及改进情况", "政策解读形式较为单一。下一步将丰富解读形式。", null),
                new Part(6, "六", "其他需要报告的事项", "本年度未收取信息处理费。", null)));
    }

    /** The six parts of a complete trial-format report. */
    static List<Part> f2019Parts() {
        List<Part> p = f2021Parts();
        p.set(1, new Part(2, "二", "主动公开政府信息情况", "", "F2019-T2"));
        p.set(2, new Part(3, "三", "收到和处理政府信息公开申请情况", "", "F2019-T3"));
        p.set(5, new Part(6, "六", "其他需要报告的事项", "无。", null));
        return p;
    }

    /** A report of the given year with these parts, in this order. */
    static ReportBuilder report(int year, List<Part> parts) {
        ReportBuilder b = ReportBuilder.report().year(year);
        for (Part p : parts) {
            b.section(p.ordinal(), p.number(), p.heading(), p.text());
            if (p.table() != null) {
                b.fill(p.table(), 0);
            }
        }
        return b;
    }

    /**
     * A complete 2021-format report whose table 三 was read with these gaps: the missing rows and
     * columns have no cells, every other cell is 0.
     */
    static ReportBuilder f2021WithT3(int year, List<String> missingRows, List<String> missingColumns,
            List<String> extraRows, List<String> labelVariants) {
        ReportBuilder b = ReportBuilder.report().year(year);
        for (Part p : f2021Parts()) {
            b.section(p.ordinal(), p.number(), p.heading(), p.text());
            if (p.ordinal() == 3) {
                int first = b.build().lines().size() + 1;
                TableLayout l = Layouts.F2021_T3;
                int cells = 0;
                for (RowDef row : l.dataRows()) {
                    for (String c : row.columns()) {
                        if (!missingRows.contains(row.key()) && !missingColumns.contains(c)) {
                            b.cell(l.id(), row.key(), c, 0);
                            cells++;
                        }
                    }
                }
                b.table(new TableInfo("T3", l.id(), first, first + cells - 1, missingRows, missingColumns, extraRows,
                        labelVariants));
            } else if (p.table() != null) {
                b.fill(p.table(), 0);
            }
        }
        return b;
    }

    static ReportBuilder f2021(int year) {
        return report(year, f2021Parts());
    }

    static ReportBuilder f2019(int year) {
        return report(year, f2019Parts());
    }

    static CheckResult check(Report r) {
        return CHECKER.check(r);
    }

    static CheckResult check(Report r, CheckOptions o) {
        return CHECKER.check(r, o);
    }

    /** The findings of one rule. */
    static List<Finding> byRule(CheckResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.rule().equals(ruleId)).toList();
    }

    /** The findings of one requirement at WARNING or ERROR. */
    static List<Finding> reported(CheckResult r, String requirement) {
        return r.findings().stream()
                .filter(f -> f.requirement().equals(requirement) && f.severity().atLeast(Severity.WARNING))
                .toList();
    }
}
