package org.ogichecker.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.SourceLine;

/**
 * Writes one self-contained HTML page for a batch, for an auditor to read or print: the summary,
 * then per report its metadata, a table of findings and the report text with each line that has a
 * finding highlighted; findings link to their line and lines list their findings. Suppressed
 * findings are shown greyed with their reason. No scripts, no external resources; all text is
 * escaped.
 *
 * <p>The summary comes first on the page but is known only at the end: the report sections are
 * spooled to a temporary file as they are added, so memory stays that of one report.
 */
public final class HtmlWriter implements ResultWriter {

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;\
            margin:2em;color:#222;line-height:1.45;font-size:14px}
            h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.3em;margin:1.6em 0 .4em;border-bottom:2px solid #345;\
            padding-bottom:.2em}h3{font-size:1.05em;margin:1.2em 0 .4em}
            .tool{color:#666;margin:0 0 1em}
            table{border-collapse:collapse;margin:.4em 0 1em;width:100%}
            th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#eef1f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
            table.counts,table.top{width:auto}td.id{white-space:nowrap}
            table.findings td.msg{width:38%}table.findings td.where{width:15%}\
            table.findings td.basis,table.findings td.evidence{width:15%}
            dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.4em 0}
            dl.meta dt{color:#555}dl.meta dd{margin:0}
            .ERROR{background:#fde2e1}.WARNING{background:#fff3cd}.INFO{background:#e3effa}
            .sev{font-weight:bold;white-space:nowrap}
            tr.suppressed,tr.suppressed td{background:#f2f2f2;color:#888}
            tr.suppressed .sev{font-weight:normal;text-decoration:line-through}
            .reason{font-style:italic;color:#555}
            .evidence{white-space:pre-wrap;font-size:.9em;color:#333}
            .source{font-family:"Noto Sans Mono CJK SC","WenQuanYi Micro Hei Mono",monospace;font-size:.85em;\
            border:1px solid #ccc;padding:.3em 0}
            .line{display:grid;grid-template-columns:4em 1fr auto;gap:0 .8em;padding:0 .5em;white-space:pre-wrap;\
            word-break:break-all}
            .line .no{color:#999;text-align:right;user-select:none}
            .line.hit{border-left:4px solid #c0392b}.line.hit.WARNING{border-left-color:#d4a017}\
            .line.hit.INFO{border-left-color:#2f7bbf}.line.hit.quiet{background:#f2f2f2;border-left-color:#aaa}
            .line .marks a{margin-left:.4em}
            a{color:#1a4f8b}:target{outline:2px solid #1a4f8b}
            .none{color:#2e7d32}
            @media print{body{margin:0;font-size:10pt}a{color:inherit;text-decoration:none}\
            section.report{break-before:page}td.id{white-space:normal;font-size:.9em}tr,.line{break-inside:avoid}th{background:#eee!important}\
            .ERROR,.WARNING,.INFO,tr.suppressed td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    /** One row of the index in the summary: kept for every report, the rest is spooled. */
    private record Entry(String anchor, String source, String agency, Integer year, String regime, String status,
            long errors, long warnings, long infos, int suppressed) {
    }

    /** A finding as its line shows it. */
    private record Mark(String id, String rule, Severity severity, boolean suppressed) {
    }

    private final Writer out;
    private final Language lang;
    private final Tally tally = new Tally();
    private final List<Entry> index = new ArrayList<>();
    private Path spool;
    private BufferedWriter sections;

    private HtmlWriter(Writer out, Language lang) {
        this.out = out;
        this.lang = lang;
    }

    public static HtmlWriter to(Writer out, Language lang) {
        return new HtmlWriter(out, lang);
    }

    /** The page for these results. */
    public static String toHtml(List<CheckResult> results, Language lang) {
        return ResultWriter.render(results, w -> to(w, lang));
    }

    @Override
    public void add(CheckResult r) throws IOException {
        tally.add(r);
        String anchor = "r" + (index.size() + 1);
        ReportMetadata m = r.metadata();
        index.add(new Entry(anchor, r.source(), m == null ? null : m.agency(), m == null ? null : m.year(),
                r.regime() == null ? null : r.regime().name(), r.status().name(), r.count(Severity.ERROR),
                r.count(Severity.WARNING), r.count(Severity.INFO), r.suppressed().size()));
        if (sections == null) {
            spool = Files.createTempFile("ogi-check-", ".html");
            sections = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        }
        sections.write(report(anchor, r));
    }

    @Override
    public void finish() throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.pick("zh-CN", "en")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(lang.pick("政府信息公开工作年度报告检查结果",
                        "Annual report compliance check"))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(lang.pick("政府信息公开工作年度报告检查结果", "Annual report compliance check")))
                .append("</h1>\n<p class=\"tool\">").append(esc(Tool.NAME + " " + Tool.VERSION)).append("</p>\n");
        summary(b);
        out.write(b.toString());
        if (sections != null) {
            sections.close();
            try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            } finally {
                Files.deleteIfExists(spool);
                sections = null;
            }
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private void summary(StringBuilder b) {
        b.append("<section id=\"summary\">\n<h2>").append(lang.pick("汇总", "Summary")).append("</h2>\n");
        b.append("<table class=\"counts\">\n");
        count(b, lang.pick("报告", "reports"), tally.reports);
        count(b, lang.pick("已检查", "checked"), tally.checked());
        count(b, lang.pick("无法读取", "unreadable"), tally.unreadable);
        count(b, lang.pick("错误", "errors"), tally.errors);
        count(b, lang.pick("警告", "warnings"), tally.warnings);
        count(b, lang.pick("提示", "infos"), tally.infos);
        count(b, lang.pick("已接受（基线）", "suppressed"), tally.suppressed);
        b.append("</table>\n");
        List<Tally.RequirementCount> top = tally.top();
        if (!top.isEmpty()) {
            b.append("<h3>").append(lang.pick("最常见的问题（按要求）", "Most frequent requirements")).append("</h3>\n")
                    .append("<table class=\"top\">\n<tr><th>").append(lang.pick("要求", "requirement"))
                    .append("</th><th>").append(lang.pick("问题数", "findings")).append("</th><th>")
                    .append(lang.pick("报告数", "reports")).append("</th></tr>\n");
            for (Tally.RequirementCount c : top) {
                b.append("<tr><td>").append(esc(c.requirement())).append("</td><td class=\"n\">").append(c.findings())
                        .append("</td><td class=\"n\">").append(c.reports()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h3>").append(lang.pick("报告", "Reports")).append("</h3>\n<table class=\"index\">\n<tr>");
        for (String h : lang.pick(List.of("报告", "机关", "年度", "制度", "状态", "错误", "警告", "提示", "已接受"),
                List.of("report", "agency", "year", "regime", "status", "errors", "warnings", "infos", "suppressed"))) {
            b.append("<th>").append(h).append("</th>");
        }
        b.append("</tr>\n");
        for (Entry e : index) {
            b.append("<tr><td><a href=\"#").append(e.anchor()).append("\">").append(esc(e.source())).append("</a></td><td>")
                    .append(esc(e.agency())).append("</td><td>").append(e.year() == null ? "" : e.year())
                    .append("</td><td>").append(esc(e.regime())).append("</td><td>").append(esc(e.status()))
                    .append("</td><td class=\"n\">").append(e.errors()).append("</td><td class=\"n\">")
                    .append(e.warnings()).append("</td><td class=\"n\">").append(e.infos())
                    .append("</td><td class=\"n\">").append(e.suppressed()).append("</td></tr>\n");
        }
        b.append("</table>\n</section>\n");
    }

    private static void count(StringBuilder b, String label, long n) {
        b.append("<tr><th>").append(esc(label)).append("</th><td class=\"n\">").append(n).append("</td></tr>\n");
    }

    private String report(String anchor, CheckResult r) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"report\" id=\"").append(anchor).append("\">\n<h2>").append(esc(r.source()))
                .append("</h2>\n<dl class=\"meta\">\n");
        ReportMetadata m = r.metadata();
        meta(b, lang.pick("标题", "title"), m == null ? null : m.title());
        meta(b, lang.pick("机关", "agency"), m == null ? null : m.agency());
        meta(b, lang.pick("年度", "year"), m == null || m.year() == null ? null : m.year().toString());
        meta(b, lang.pick("制度", "regime"), r.regime() == null ? null : r.regime().name());
        meta(b, lang.pick("机关类型", "body"), body(m == null ? null : m.bodyType()));
        meta(b, lang.pick("发布日期", "published"), m == null || m.published() == null ? null : m.published().toString());
        meta(b, lang.pick("状态", "status"), r.status().name());
        if (r.report() != null) {
            for (ReadProblem p : r.report().problems()) {
                if (!ReadProblem.UNREADABLE.equals(p.kind())) {
                    meta(b, lang.pick("读取说明", "reader note"), lang.pick(p.messageZh(), p.message())
                            + (p.line() > 0 ? lang.pick("（第 " + p.line() + " 行）", " (line " + p.line() + ")") : ""));
                }
            }
        }
        b.append("</dl>\n");

        // ids: active findings first, then the suppressed ones, in the order of the table
        List<Finding> active = r.findings().stream().sorted().toList();
        List<Suppressed> quiet = r.suppressed().stream().sorted().toList();
        Map<Integer, List<Mark>> marks = new LinkedHashMap<>();
        b.append("<h3>").append(lang.pick("问题", "Findings")).append("</h3>\n");
        if (active.isEmpty() && quiet.isEmpty()) {
            b.append("<p class=\"none\">").append(lang.pick("未发现问题。", "No findings.")).append("</p>\n");
        } else {
            b.append("<table class=\"findings\">\n<tr>");
            for (String h : lang.pick(List.of("严重程度", "规则", "要求", "位置", "说明", "依据", "证据"),
                    List.of("severity", "rule", "requirement", "location", "message", "basis", "evidence"))) {
                b.append("<th>").append(h).append("</th>");
            }
            b.append("</tr>\n");
            int n = 0;
            for (Finding f : active) {
                finding(b, anchor, ++n, f, null, marks);
            }
            for (Suppressed s : quiet) {
                finding(b, anchor, ++n, s.finding(), s.reason(), marks);
            }
            b.append("</table>\n");
        }
        if (r.report() != null && !r.report().lines().isEmpty()) {
            b.append("<h3>").append(lang.pick("报告全文", "Report text")).append("</h3>\n<div class=\"source\">\n");
            for (SourceLine line : r.report().lines()) {
                List<Mark> here = marks.getOrDefault(line.number(), List.of());
                b.append("<div class=\"line");
                if (!here.isEmpty()) {
                    b.append(" hit ").append(here.stream().filter(x -> !x.suppressed()).map(Mark::severity)
                            .min(Comparator.naturalOrder()).map(Severity::name).orElse("quiet"));
                }
                b.append("\" id=\"").append(anchor).append("-L").append(line.number()).append("\"><span class=\"no\">")
                        .append(line.number()).append("</span><span class=\"text\">").append(esc(line.text()))
                        .append("</span><span class=\"marks\">");
                for (Mark x : here) {
                    b.append("<a href=\"#").append(x.id()).append("\">").append(esc(x.rule())).append("</a>");
                }
                b.append("</span></div>\n");
            }
            b.append("</div>\n");
        }
        b.append("</section>\n");
        return b.toString();
    }

    /** A row of the findings table; records the mark its line will show. */
    private void finding(StringBuilder b, String anchor, int n, Finding f, String reason,
            Map<Integer, List<Mark>> marks) {
        String id = anchor + "-f" + n;
        Location l = f.location();
        String css = reason == null ? f.severity().name() : "suppressed";
        b.append("<tr id=\"").append(id).append("\" class=\"").append(css).append("\"><td class=\"sev\">")
                .append(f.severity().name()).append("</td><td class=\"id\">").append(esc(f.rule()))
                .append("</td><td class=\"id\">").append(esc(f.requirement())).append("</td><td class=\"where\">");
        String where = String.join(" › ", Stream.of(l.section(), l.table(), l.row(), l.column())
                .filter(p -> p != null && !p.isBlank()).toList());
        b.append(esc(where));
        if (l.line() > 0) {
            b.append(where.isEmpty() ? "" : "<br>").append("<a href=\"#").append(anchor).append("-L").append(l.line())
                    .append("\">").append(esc(lang.pick("第 " + l.line() + " 行", "line " + l.line()))).append("</a>");
            marks.computeIfAbsent(l.line(), k -> new ArrayList<>()).add(new Mark(id, f.rule(), f.severity(), reason != null));
        }
        String message = lang.pick(f.message(), f.messageEn());
        b.append("</td><td class=\"msg\">").append(esc(message == null ? f.title() : message));
        if (reason != null) {
            b.append("<br><span class=\"reason\">").append(esc(lang.pick("已接受（基线）：", "suppressed: ") + reason))
                    .append("</span>");
        }
        b.append("</td><td class=\"basis\">").append(esc(f.basis())).append("</td><td class=\"evidence\">").append(esc(f.evidence()))
                .append("</td></tr>\n");
    }

    private static void meta(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    private String body(BodyType t) {
        if (t == null || t == BodyType.UNKNOWN) {
            return null;
        }
        return t == BodyType.GOVERNMENT ? lang.pick("政府", "government") : lang.pick("部门", "department");
    }

    /** Text as HTML character data or attribute value. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
