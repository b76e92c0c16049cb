package org.ogichecker.rules.r2007;

import java.util.List;
import java.util.Set;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.model.Report;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.ReportBuilder;

/** The checker with the standard rules, built once, and small fixtures of the 2007 regime. */
final class R2007Fixtures {

    static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    static final String[] PROACTIVE = {"主动公开政府信息情况", "本年主动公开政府信息54条。"};
    static final String[] ON_REQUEST = {"依申请公开政府信息和不予公开政府信息的情况", "本年收到政府信息公开申请1件，已按时答复。"};
    static final String[] FEES = {"政府信息公开的收费及减免情况", "未收取任何费用。"};
    static final String[] REVIEW = {"因政府信息公开申请行政复议、提起行政诉讼的情况", "本年没有发生行政复议、行政诉讼。"};
    static final String[] PROBLEMS = {"存在的主要问题及改进情况", "一是公开内容不够全面。二是更新不及时。下一步将加以改进。"};
    static final String[] OTHER = {"其他需要报告的事项", "无。"};

    private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

    private R2007Fixtures() {
    }

    /** A 2018 report with these top-level sections, each given as {heading, text}, numbered 一、二、… */
    static ReportBuilder sections(String[]... headingAndText) {
        ReportBuilder b = ReportBuilder.report().year(2018);
        for (int i = 0; i < headingAndText.length; i++) {
            b.section(i + 1, NUMERALS.get(i), headingAndText[i][0], headingAndText[i][1]);
        }
        return b;
    }

    /** A 2018 report whose six Art. 32 items each have a section. */
    static ReportBuilder sixItems() {
        return sections(PROACTIVE, ON_REQUEST, FEES, REVIEW, PROBLEMS, OTHER);
    }

    /** Adds the old statistics table, every cell 0, without the given rows. */
    static ReportBuilder oldTableWithout(ReportBuilder b, String... omittedRows) {
        Set<String> omitted = Set.of(omittedRows);
        b.table(Layouts.OLD);
        for (RowDef r : Layouts.OLD_TABLE.dataRows()) {
            if (!omitted.contains(r.key())) {
                b.cell(Layouts.OLD, r.key(), "value", 0);
            }
        }
        return b;
    }

    static CheckResult check(Report r) {
        return CHECKER.check(r);
    }

    /** The findings of one rule. */
    static List<Finding> findings(Report r, String ruleId) {
        return check(r).findings().stream().filter(f -> f.rule().equals(ruleId)).toList();
    }

    /** The findings of one requirement. */
    static List<Finding> byRequirement(Report r, String requirement) {
        return check(r).findings().stream().filter(f -> f.requirement().equals(requirement)).toList();
    }
}
