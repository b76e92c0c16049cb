package org.ogichecker.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.model.Regime;
import org.ogichecker.output.JsonWriter;
import org.ogichecker.output.Language;

/** {@code --explain ID}: what a rule checks, on which legal basis, under which regimes. */
final class Explain {

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
            out.println();
        }
        out.flush();
    }

    /** {@code {"formatVersion", "tool", "rules": [...]}}, each rule as in {@code --list-rules --format json}. */
    void json(List<RuleInfo> rules, PrintWriter out) throws IOException {
        JsonWriter.writeRules(rules, out);
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
