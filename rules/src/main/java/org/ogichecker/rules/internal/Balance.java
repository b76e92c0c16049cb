package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.ogichecker.engine.Findings;
import org.ogichecker.model.Cell;

/**
 * A relation between two sums of cells, "a + b = c + d" (T3-C1) or "a ≤ b + c" (T2-C1), with the
 * blank semantics of {@link SumCheck}: a blank or invalid cell is an unknown number ≥ 0, so the
 * relation is VIOLATED only when the known numbers already break it whatever the blanks hold,
 * HOLDS when the known numbers satisfy it with the blanks read as 0 (for ≤: and the left side has
 * no blank), and NOT_ASSESSABLE otherwise.
 *
 * @param left       the cells of the left side
 * @param right      the cells of the right side; the first one is the cell a message names as the
 *                   one that would have to change
 * @param relation   EQUAL or AT_MOST (Σ left ≤ Σ right)
 * @param outcome    see above
 * @param leftKnown  the sum of the left cells that hold numbers
 * @param rightKnown the sum of the right cells that hold numbers
 * @param unknown    the blank or invalid cells of both sides
 */
public record Balance(List<Cell> left, List<Cell> right, Relation relation, SumCheck.Outcome outcome,
        BigDecimal leftKnown, BigDecimal rightKnown, List<Cell> unknown) {

    public enum Relation { EQUAL, AT_MOST }

    public Balance {
        left = List.copyOf(left);
        right = List.copyOf(right);
        unknown = List.copyOf(unknown);
    }

    public static Balance of(Relation relation, List<Cell> left, List<Cell> right) {
        List<Cell> unknown = new ArrayList<>();
        boolean leftBlank = addUnknown(left, unknown);
        boolean rightBlank = addUnknown(right, unknown);
        BigDecimal l = known(left);
        BigDecimal r = known(right);
        int cmp = l.compareTo(r);
        SumCheck.Outcome o;
        if (relation == Relation.EQUAL) {
            if (cmp == 0) {
                o = SumCheck.Outcome.HOLDS;
            } else if ((cmp > 0 && !rightBlank) || (cmp < 0 && !leftBlank)) {
                o = SumCheck.Outcome.VIOLATED;
            } else {
                o = SumCheck.Outcome.NOT_ASSESSABLE;
            }
        } else if (cmp > 0 && !rightBlank) {
            o = SumCheck.Outcome.VIOLATED;
        } else {
            o = cmp <= 0 && !leftBlank ? SumCheck.Outcome.HOLDS : SumCheck.Outcome.NOT_ASSESSABLE;
        }
        return new Balance(left, right, relation, o, l, r, unknown);
    }

    /** Σ left − Σ right of the known numbers. */
    public BigDecimal difference() {
        return leftKnown.subtract(rightKnown);
    }

    /**
     * The value the first right cell would need for Σ left = Σ right with every other cell as
     * printed, or null when a cell other than that one is blank.
     */
    public BigDecimal neededFirstRight() {
        Cell first = right.get(0);
        boolean othersKnown = unknown.stream().allMatch(c -> c == first);
        BigDecimal others = first.isNumber() ? rightKnown.subtract(first.value()) : rightKnown;
        return othersKnown ? leftKnown.subtract(others) : null;
    }

    /** "label 3 + label 0" with "空" for blank cells, labelled by {@code label}. */
    public static String side(List<Cell> cells, Function<Cell, String> label) {
        StringJoiner out = new StringJoiner(" + ");
        for (Cell c : cells) {
            out.add(label.apply(c) + " " + (c.isNumber() ? Findings.num(c.value()) : "空"));
        }
        return out.toString();
    }

    /** The labels of the blank or invalid cells. */
    public String unknownText() {
        return SumCheck.names(unknown);
    }

    /** Every cell looked at with its raw value. */
    public String evidence() {
        StringJoiner out = new StringJoiner("; ");
        for (List<Cell> side : List.of(left, right)) {
            for (Cell c : side) {
                out.add(c.rowLabel() + "/" + c.columnLabel() + "=" + (c.raw().isEmpty() ? "(空)" : c.raw()));
            }
        }
        return out.toString();
    }

    /** Adds the cells that hold no number to {@code unknown}; true when there was one. */
    private static boolean addUnknown(List<Cell> cells, List<Cell> unknown) {
        boolean any = false;
        for (Cell c : cells) {
            if (!c.isNumber()) {
                unknown.add(c);
                any = true;
            }
        }
        return any;
    }

    private static BigDecimal known(List<Cell> cells) {
        BigDecimal s = BigDecimal.ZERO;
        for (Cell c : cells) {
            if (c.isNumber()) {
                s = s.add(c.value());
            }
        }
        return s;
    }
}
