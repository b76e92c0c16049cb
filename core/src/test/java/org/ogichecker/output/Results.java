package org.ogichecker.output;

import java.time.LocalDate;
import java.util.List;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.testing.ReportBuilder;

/** Hand-made results for the writer tests. */
final class Results {

    private Results() {
    }

    static Finding finding(String rule, Severity severity, int line) {
        return new Finding(rule, "T3-C1", severity, "国办公开办函〔2021〕30号 表三注", "Table 3 balance",
                "表三合计不平：100 ≠ 90 + 5", "Table 3 does not balance: 100 ≠ 90 + 5",
                new Location("三、收到和处理政府信息公开申请情况", "T3", "一、本年新收政府信息公开申请数量", "总计", line),
                "一、本年新收 / 总计: 100", "95", "100");
    }

    /** A checked 2021 government report with the given findings. */
    static CheckResult checked(String source, Finding... findings) {
        Report report = ReportBuilder.report().source(source).agency("某某市人民政府").year(2021)
                .title("某某市人民政府2021年政府信息公开工作年度报告").body(BodyType.GOVERNMENT)
                .published(LocalDate.of(2022, 1, 20)).problem(ReadProblem.NOTE, "table 4 was not found", "未找到表四").build();
        ReportMetadata m = report.metadata().withRegime(Regime.F2021);
        return new CheckResult(source, CheckResult.Status.CHECKED, m, Regime.F2021, List.of("A-RULE", "B-RULE"),
                List.of(findings), report.withMetadata(m));
    }

    /** The result with these findings accepted. */
    static CheckResult withSuppressed(CheckResult r, Suppressed... suppressed) {
        return new CheckResult(r.source(), r.status(), r.metadata(), r.regime(), r.rulesRun(), r.findings(),
                List.of(suppressed), r.report());
    }

    static CheckResult unreadable(String source) {
        Report report = Report.unreadable(source, "the input is empty");
        Finding f = new Finding("INPUT-UNREADABLE", "INPUT-UNREADABLE", Severity.ERROR, "输入文件须能作为报告读取",
                "Input could not be read as a report", "无法读取报告：the input is empty",
                "The report could not be read: the input is empty", Location.NONE, "the input is empty", null, null);
        return new CheckResult(source, CheckResult.Status.UNREADABLE, report.metadata(), null, List.of(),
                List.of(f), report);
    }
}
