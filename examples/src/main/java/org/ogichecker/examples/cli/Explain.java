package org.ogichecker.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.model.Regime;
import org.ogichecker.output.JsonWriter;
import org.ogichecker.output.Language;
import org.ogichecker.read.ReportReader;
import org.ogichecker.rules.RuleExamples;
import org.ogichecker.rules.RuleExamples.RuleExample;

/**
 * {@code --explain ID}: what a rule checks, on which legal basis, under which regimes, and an
 * example report that fires it. The example is checked on the spot and the rule's findings on it
 * are shown, so what is printed is what the checker does today.
 */
final class Explain {

    /** An example up to this many lines is printed whole; a longer one only around its findings. */
    private static final int SHORT = 30;
    /** Lines of context printed before and after a finding's line. */
    private static final int CONTEXT = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** An example and the findings of its rule that checking it gives. */
    private record Demo(RuleExample example, List<Finding> findings) {
    }

    private final ComplianceChecker checker;
    private final Language lang;

    Explain(ComplianceChecker checker, Language lang) {
        this.checker = checker;
        this.lang = lang;
    }

    /**
     * The rules an id names: the rule with that id, else every rule of the requirement with that id.
     * Case does not matter.
     */
    List<RuleInfo> find(String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT);
        List<RuleInfo> exact = checker.rules().stream().filter(r -> r.id().equalsIgnoreCase(wanted)).toList();
        return exact.isEmpty()
                ? checker.rules().stream().filter(r -> r.requirement().equalsIgnoreCase(wanted)).toList()
                : exact;
    }

    /** Up to five known rule ids closest to an unknown one (by edit distance; same prefix first). */
    List<String> closest(String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT);
        return checker.rules().stream().map(RuleInfo::id)
                .sorted(Comparator.<String>comparingInt(r -> r.startsWith(wanted) ? 0 : 1)
                        .thenComparingInt(r -> distance(wanted, r))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(5).toList();
    }

    void text(List<RuleInfo> rules, PrintWriter out) {
        for (RuleInfo r : rules) {
            out.println(r.id() + "  [" + r.requirement() + "]  " + r.severity());
            out.println("  " + pick("标题", "title") + ": " + r.title());
            out.println("  " + pick("适用制度", "regimes") + ": " + regimes(r));
            out.println("  " + pick("依据", "basis") + ": " + r.basis());
            if (!r.explanation().isBlank()) {
                out.println("  " + pick("说明", "explanation") + ": " + r.explanation());
            }
            out.println("  " + pick("规则包", "pack") + ": " + r.pack());
            demo(r).ifPresentOrElse(d -> exampleText(d, out),
                    () -> out.println("  " + pick("示例：无", "example: none")));
            out.println();
        }
        out.flush();
    }

    /**
     * {@code {"formatVersion", "tool", "rules": [...]}}: each rule with the fields of
     * {@code --list-rules --format json} and an {@code example} (null when the rule has none):
     * {@code text}, {@code options} and the {@code findings} of the rule that checking it gives.
     */
    void json(List<RuleInfo> rules, PrintWriter out) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(listing(rules));
        ArrayNode listed = (ArrayNode) root.get("rules");
        for (int i = 0; i < rules.size(); i++) {
            ObjectNode rule = (ObjectNode) listed.get(i);
            Optional<Demo> d = demo(rules.get(i));
            if (d.isEmpty()) {
                rule.putNull("example");
                continue;
            }
            ObjectNode ex = rule.putObject("example");
            ex.put("text", d.get().example().reportText());
            CheckOptions o = d.get().example().options();
            ObjectNode opts = ex.putObject("options");
            opts.put("regime", o.regime() == null ? null : o.regime().name());
            opts.put("bodyType", o.bodyType() == null ? null : o.bodyType().name());
            opts.put("published", o.published() == null ? null : o.published().toString());
            opts.put("previousYear", o.previous() == null ? null : o.previous().metadata().year());
            ArrayNode findings = ex.putArray("findings");
            for (Finding f : d.get().findings()) {
                ObjectNode n = findings.addObject();
                n.put("rule", f.rule());
                n.put("requirement", f.requirement());
                n.put("severity", f.severity().name());
                n.put("message", f.message());
                n.put("messageEn", f.messageEn());
                n.put("line", f.location().line());
                n.put("evidence", f.evidence());
            }
        }
        MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
        out.println();
        out.flush();
    }

    /** The rules as {@code --list-rules --format json} gives them, the base of the JSON explanation. */
    private static String listing(List<RuleInfo> rules) throws IOException {
        StringWriter s = new StringWriter();
        JsonWriter.writeRules(rules, s);
        return s.toString();
    }

    /** The rule's example checked now, with the rule's findings on it. */
    private Optional<Demo> demo(RuleInfo rule) {
        return RuleExamples.forRule(rule.id()).map(ex -> {
            CheckResult r = checker.check(ReportReader.create()
                    .read(ex.reportText().getBytes(StandardCharsets.UTF_8), "example"), ex.options());
            return new Demo(ex, r.findings().stream().filter(f -> f.rule().equals(rule.id())).toList());
        });
    }

    private void exampleText(Demo d, PrintWriter out) {
        RuleExample ex = d.example();
        List<String> lines = ex.reportText().lines().toList();
        out.println("  " + pick("示例报告", "example report") + options(ex.options()) + ":");
        if (lines.isEmpty()) {
            out.println("    " + pick("（空输入）", "(empty input)"));
        }
        TreeSet<Integer> shown = new TreeSet<>();
        if (lines.size() <= SHORT) {
            for (int i = 1; i <= lines.size(); i++) {
                shown.add(i);
            }
        } else {
            for (Finding f : d.findings()) {
                int at = f.location().line();
                for (int i = Math.max(1, at - CONTEXT); at > 0 && i <= Math.min(lines.size(), at + CONTEXT); i++) {
                    shown.add(i);
                }
            }
            if (shown.isEmpty()) {
                out.println("    " + pick("（共 " + lines.size() + " 行，问题不在某一行；全文见 --format json）",
                        "(" + lines.size() + " lines, the finding is not on one line; --format json gives the text)"));
            }
        }
        int width = String.valueOf(lines.size()).length();
        int previous = 0;
        for (int n : shown) {
            if (previous > 0 && n > previous + 1) {
                out.println("    " + " ".repeat(width) + " ⋮");
            }
            out.println("    " + " ".repeat(width - String.valueOf(n).length()) + n + " │ "
                    + lines.get(n - 1).replace('\t', ' '));
            previous = n;
        }
        out.println("  " + pick("检查该示例得到：", "checking it gives:"));
        if (d.findings().isEmpty()) {
            out.println("    " + pick("（该规则未触发：示例已过时）", "(the rule did not fire: the example is out of date)"));
        }
        for (Finding f : d.findings()) {
            out.println("    " + f.severity() + " " + f.rule()
                    + (f.location().line() > 0 ? pick("（第 " + f.location().line() + " 行）", " (line " + f.location().line() + ")") : "")
                    + ": " + pick(f.message(), f.messageEn()));
        }
    }

    /** The options an example is checked with, in words: " (published 2024-05-01, …)" or "". */
    private String options(CheckOptions o) {
        List<String> parts = new ArrayList<>();
        if (o.regime() != null) {
            parts.add(pick("制度 ", "regime ") + o.regime());
        }
        if (o.bodyType() != null) {
            parts.add(pick("机关类型 ", "body ") + o.bodyType().name().toLowerCase(Locale.ROOT));
        }
        if (o.published() != null) {
            parts.add(pick("发布日期 ", "published ") + o.published());
        }
        if (o.previous() != null) {
            Integer y = o.previous().metadata().year();
            parts.add(pick("附上年报告", "with the previous report") + (y == null ? "" : " (" + y + ")"));
        }
        return parts.isEmpty() ? "" : pick("（" + String.join("，", parts) + "）", " (" + String.join(", ", parts) + ")");
    }

    private String regimes(RuleInfo r) {
        return String.join(", ", r.regimes().stream().sorted().map(Regime::name).toList());
    }

    private String pick(String zh, String en) {
        return lang == Language.ZH ? zh : en;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int subst = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(subst, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
