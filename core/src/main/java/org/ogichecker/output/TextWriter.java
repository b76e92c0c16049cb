package org.ogichecker.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Regime;
import org.ogichecker.model.ReportMetadata;

/**
 * Writes results for people: per report its source and metadata, then one block per finding
 * (sorted: errors first, then by source line), then the counts; a summary at the end.
 */
public final class TextWriter implements ResultWriter {

    private static final String UNKNOWN = "—";

    private final Writer out;
    private final Language lang;
    private final Tally tally = new Tally();

    private TextWriter(Writer out, Language lang) {
        this.out = out;
        this.lang = lang;
    }

    public static TextWriter to(Writer out, Language lang) {
        return new TextWriter(out, lang);
    }

    /** The text for these results. */
    public static String toText(List<CheckResult> results, Language lang) {
        return ResultWriter.render(results, w -> to(w, lang));
    }

    /** Lists the rules one a line in aligned columns: id, requirement, severity, regimes, title. */
    public static void writeRules(List<RuleInfo> rules, Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "REQUIREMENT", "SEVERITY", "REGIMES", "TITLE"});
        for (RuleInfo r : rules) {
            rows.add(new String[] {r.id(), r.requirement(), r.severity().name(),
                String.join(",", regimeNames(r.regimes())), r.title()});
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                b.append(row[i]).append(" ".repeat(width[i] - row[i].length() + 2));
            }
            out.write(b.append(row[4]).append('\n').toString());
        }
        out.write(rules.size() + " rules\n");
        out.flush();
    }

    /** Regime names in their natural order, or just "ALL" when a rule applies to every regime. */
    static List<String> regimeNames(Collection<Regime> regimes) {
        if (regimes.size() == Regime.values().length) {
            return List.of("ALL");
        }
        return regimes.stream().sorted().map(Regime::name).toList();
    }

    @Override
    public void add(CheckResult r) throws IOException {
        tally.add(r);
        ReportMetadata m = r.metadata();
        StringBuilder b = new StringBuilder();
        b.append("== ").append(r.source()).append('\n');
        b.append("   ").append(lang.pick("机关：", "agency: ")).append(orUnknown(m == null ? null : m.agency()))
                .append(lang.pick("　年度：", " | year: ")).append(orUnknown(m == null ? null : m.year()))
                .append(lang.pick("　制度：", " | regime: ")).append(orUnknown(r.regime()))
                .append(lang.pick("　机关类型：", " | body: ")).append(body(m == null ? null : m.bodyType()));
        if (m != null && m.published() != null) {
            b.append(lang.pick("　发布日期：", " | published: ")).append(m.published());
        }
        b.append('\n');
        if (m != null && m.title() != null) {
            b.append("   ").append(lang.pick("标题：", "title: ")).append(m.title()).append('\n');
        }
        if (r.report() != null) {
            for (ReadProblem p : r.report().problems()) {
                if (!ReadProblem.UNREADABLE.equals(p.kind())) {
                    b.append("   ").append(lang.pick("读取说明：", "reader note: "))
                            .append(lang.pick(p.messageZh(), p.message()))
                            .append(p.line() > 0 ? lang.pick("（第 " + p.line() + " 行）", " (line " + p.line() + ")") : "")
                            .append('\n');
                }
            }
        }
        b.append('\n');
        for (Finding f : r.findings().stream().sorted().toList()) {
            finding(b, f);
        }
        if (r.findings().isEmpty()) {
            b.append(lang.pick("   未发现问题。\n\n", "   No findings.\n\n"));
        }
        if (!r.suppressed().isEmpty()) {
            b.append(lang.pick("   已接受（基线）：\n", "   suppressed (baseline):\n"));
            for (Suppressed s : r.suppressed().stream().sorted().toList()) {
                suppressed(b, s);
            }
            b.append('\n');
        }
        b.append("   ").append(counts(r.count(Severity.ERROR),
                r.count(Severity.WARNING), r.count(Severity.INFO)));
        if (r.status() == CheckResult.Status.CHECKED) {
            b.append(lang.pick("（已运行 " + r.rulesRun().size() + " 条规则）", " (rules run " + r.rulesRun().size() + ")"));
        }
        b.append("\n\n");
        out.write(b.toString());
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        List<Tally.RequirementCount> top = tally.top();
        if (!top.isEmpty()) {
            StringBuilder b = new StringBuilder(lang.pick("最常见的问题（按要求）：\n", "most frequent requirements:\n"));
            int width = top.stream().mapToInt(c -> c.requirement().length()).max().orElse(0);
            for (Tally.RequirementCount c : top) {
                b.append("   ").append(c.requirement()).append(" ".repeat(width - c.requirement().length() + 2))
                        .append(lang.pick(c.findings() + " 处，涉及 " + c.reports() + " 份报告",
                                c.findings() + " findings in " + c.reports() + " reports"))
                        .append('\n');
            }
            out.write(b.append('\n').toString());
        }
        out.write(lang.pick(
                "共 " + tally.reports + " 份报告（已检查 " + tally.checked() + " 份，无法读取 " + tally.unreadable + " 份）：",
                "reports " + tally.reports + " (checked " + tally.checked() + ", unreadable " + tally.unreadable + "): ")
                + counts(tally.errors, tally.warnings, tally.infos)
                + (tally.suppressed > 0 ? lang.pick("，已接受 " + tally.suppressed, ", suppressed " + tally.suppressed) : "")
                + "\n");
        out.flush();
    }

    private void finding(StringBuilder b, Finding f) {
        b.append(f.severity().name()).append("  ").append(f.rule());
        if (!f.rule().equals(f.requirement())) {
            b.append("  [").append(f.requirement()).append(']');
        }
        b.append('\n');
        String where = location(f.location());
        if (!where.isEmpty()) {
            b.append("   ").append(lang.pick("位置：", "where: ")).append(where).append('\n');
        }
        String message = lang.pick(f.message(), f.messageEn());
        b.append("   ").append(message == null ? f.title() : message).append('\n');
        if (f.evidence() != null && !f.evidence().isBlank()) {
            b.append("   ").append(lang.pick("证据：", "evidence: ")).append(oneLine(f.evidence())).append('\n');
        }
        if (f.basis() != null && !f.basis().isBlank()) {
            b.append("   ").append(lang.pick("依据：", "basis: ")).append(f.basis()).append('\n');
        }
        b.append('\n');
    }

    /** An accepted finding: one line with where and what, then the message and the reason. */
    private void suppressed(StringBuilder b, Suppressed s) {
        Finding f = s.finding();
        b.append("   ").append(f.severity().name()).append("  ").append(f.rule());
        String where = location(f.location());
        if (!where.isEmpty()) {
            b.append("  ").append(where);
        }
        String message = lang.pick(f.message(), f.messageEn());
        b.append("\n      ").append(message == null ? f.title() : message)
                .append("\n      ").append(lang.pick("理由：", "reason: ")).append(oneLine(s.reason())).append('\n');
    }

    private String location(Location l) {
        Stream<String> parts = Stream.of(l.section(), l.table(), l.row(), l.column(),
                l.line() > 0 ? lang.pick("第 " + l.line() + " 行", "line " + l.line()) : null);
        return String.join(" › ", parts.filter(p -> p != null && !p.isBlank()).map(TextWriter::oneLine).toList());
    }

    private String counts(long errors, long warnings, long infos) {
        return lang.pick("错误 " + errors + "，警告 " + warnings + "，提示 " + infos,
                "errors " + errors + ", warnings " + warnings + ", infos " + infos);
    }

    private String body(BodyType t) {
        if (t == null || t == BodyType.UNKNOWN) {
            return lang.pick("未知", "unknown");
        }
        return t == BodyType.GOVERNMENT ? lang.pick("政府", "government") : lang.pick("部门", "department");
    }

    private static String orUnknown(Object o) {
        return o == null ? UNKNOWN : o.toString();
    }

    /** Evidence may quote several source lines; keep one block per finding readable. */
    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
    }
}
