package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.ogichecker.engine.Findings;
import org.ogichecker.model.Cell;

/**
 * The outcome of checking "total = sum of parts" (or "part ≤ whole") on table cells. Blank and
 * invalid cells are unknown non-negative numbers: the relation is VIOLATED only when the known
 * numbers already break it, HOLDS when the known numbers satisfy it with the blanks read as 0, and
 * NOT_ASSESSABLE otherwise, so that a blank never yields a false ERROR and never a silent pass.
 *
 * @param total    the total (or whole) cell
 * @param parts    the part cells, in layout order
 * @param outcome  see {@link Outcome}
 * @param knownSum the sum of the parts that hold numbers
 * @param unknown  the blank or invalid cells among total and parts
 */
public record SumCheck(Cell total, List<Cell> parts, Outcome outcome, BigDecimal knownSum, List<Cell> unknown) {

    public enum Outcome { HOLDS, VIOLATED, NOT_ASSESSABLE }

    public SumCheck {
        parts = List.copyOf(parts);
        unknown = List.copyOf(unknown);
    }

    /**
     * The checks that do not hold, in order: the only ones a rule reports (as violated or as not assessable). Each
     * object a rule takes {@code from} a helper costs Drools a fact handle and a test, so the helpers leave out the rest.
     */
    static <T> List<T> notHolding(List<T> checks, Function<T, Outcome> outcome) {
        List<T> out = new ArrayList<>();
        for (T c : checks) {
            if (outcome.apply(c) != Outcome.HOLDS) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    public BigDecimal totalValue() {
        return total.value();
    }

    /** total − sum of parts (when both are known). */
    public BigDecimal difference() {
        return total.value() == null ? null : total.value().subtract(knownSum);
    }

    /** "3 + 0 + 4" with "空" for blank cells. */
    public String partsText() {
        StringJoiner out = new StringJoiner(" + ");
        for (Cell c : parts) {
            out.add(c.isNumber() ? Findings.num(c.value()) : "空");
        }
        return out.toString();
    }

    /** The labels of the blank or invalid cells, for "not assessable" messages. */
    public String unknownText() {
        return names(unknown);
    }

    /** "row/column、row/column": the cells by name. */
    static String names(List<Cell> cells) {
        StringJoiner out = new StringJoiner("、");
        for (Cell c : cells) {
            out.add(c.rowLabel() + "/" + c.columnLabel());
        }
        return out.toString();
    }

    /** "（七）总计/自然人": the total cell as row/column. */
    public String totalName() {
        return total.rowLabel() + "/" + total.columnLabel();
    }

    /**
     * The broken sum in words, with both sides, the difference (total − parts) and what the total
     * would be if the parts are right: "{total} 为 5，{parts}之和为 7（3 + 4），相差 -2；若各分项无误，{total} 应为 7".
     */
    public String violationZh(String totalName, String partsName) {
        String blanks = unknown.isEmpty() ? "" : "（空白单元格按 0 计：" + unknownText() + "）";
        return totalName + " 为 " + Findings.num(total.value()) + "，" + partsName + "之和为 " + Findings.num(knownSum)
                + "（" + partsText() + "）" + blanks + "，相差 " + Findings.num(difference()) + "；若各分项无误，"
                + totalName + " 应为 " + Findings.num(knownSum);
    }

    public String violationEn(String totalName, String partsName) {
        String blanks = unknown.isEmpty() ? "" : " (blank cells read as 0: " + unknownText() + ")";
        return totalName + " is " + Findings.num(total.value()) + ", but " + partsName + " add up to " + partsText()
                + " = " + Findings.num(knownSum) + blanks + " (difference " + Findings.num(difference())
                + "); if the parts are right the total would be " + Findings.num(knownSum);
    }

    /** Evidence text: every cell looked at with its raw value. */
    public String evidence() {
        StringBuilder b = new StringBuilder();
        b.append(total.rowLabel()).append('/').append(total.columnLabel()).append('=').append(show(total));
        for (Cell c : parts) {
            b.append("; ").append(c.rowLabel()).append('/').append(c.columnLabel()).append('=').append(show(c));
        }
        return b.toString();
    }

    private static String show(Cell c) {
        return c.raw().isEmpty() ? "(空)" : c.raw();
    }
}
