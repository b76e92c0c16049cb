package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;
import org.ogichecker.engine.Findings;
import org.ogichecker.layout.RowDef;
import org.ogichecker.model.Cell;

/**
 * One relation of the old statistics table evaluated on a report (see {@link OldTable}): a sum
 * ("total = its parts") or a bound ("part ≤ whole"). A part row the layout requires but the report's
 * table lacks is unknown like a blank cell: the relation is then violated only if the known numbers
 * already exceed the total.
 *
 * @param bound   true for "part ≤ whole", false for "total = Σ parts"
 * @param check   the evaluation over the cells that are there
 * @param outcome the outcome, taking missing part rows into account
 * @param missing required part rows the table does not have
 */
public record OldCheck(boolean bound, SumCheck check, SumCheck.Outcome outcome, List<RowDef> missing) {

    public OldCheck {
        missing = List.copyOf(missing);
    }

    public boolean violated() {
        return outcome == SumCheck.Outcome.VIOLATED;
    }

    public boolean notAssessable() {
        return outcome == SumCheck.Outcome.NOT_ASSESSABLE;
    }

    /** The total (or whole) cell, where findings point. */
    public Cell total() {
        return check.total();
    }

    public String evidence() {
        return check.evidence();
    }

    /** The value the relation expects for the total (or the least value for the whole). */
    public BigDecimal expected() {
        return check.knownSum();
    }

    public BigDecimal actual() {
        return check.totalValue();
    }

    /** What the known numbers break, with both sides, the difference and the corrected total. */
    public String violationZh() {
        Cell t = total();
        if (!bound) {
            return check.violationZh("“" + t.rowLabel() + "”", "其分项" + labels());
        }
        String sum = Findings.num(check.knownSum());
        return "“" + check.parts().get(0).rowLabel() + "”为" + sum + "，大于“" + t.rowLabel() + "”" + Findings.num(t.value())
                + "，多出" + Findings.num(check.difference().abs()) + "；如" + sum + "无误，“" + t.rowLabel() + "”应至少为" + sum
                + "。";
    }

    public String violationEn() {
        Cell t = total();
        if (!bound) {
            return check.violationEn("\"" + t.rowLabel() + "\"", "its parts");
        }
        String sum = Findings.num(check.knownSum());
        return "\"" + check.parts().get(0).rowLabel() + "\" is " + sum + ", more than \"" + t.rowLabel() + "\" "
                + Findings.num(t.value()) + " (by " + Findings.num(check.difference().abs()) + "); if " + sum
                + " is right, \"" + t.rowLabel() + "\" must be at least " + sum + ".";
    }

    /** The relation in words, for "skipped" messages: "“（一）收到申请数” = 当面 + … " or "A ≤ B". */
    public String relation() {
        StringJoiner parts = new StringJoiner(" + ");
        for (Cell c : check.parts()) {
            parts.add("“" + c.rowLabel() + "”");
        }
        return bound ? parts + " ≤ “" + total().rowLabel() + "”" : "“" + total().rowLabel() + "” = " + parts;
    }

    /** The blank or invalid cells and the missing rows that stop the check, as labels. */
    public String blockersZh() {
        return blockers("（空）", "（缺行）");
    }

    public String blockersEn() {
        return blockers(" (blank)", " (row missing)");
    }

    private String blockers(String blank, String missingRow) {
        StringJoiner out = new StringJoiner("、");
        for (Cell c : check.unknown()) {
            out.add("“" + c.rowLabel() + "”" + (c.raw().isEmpty() ? blank : " (" + c.raw() + ")"));
        }
        for (RowDef r : missing) {
            out.add("“" + r.label() + "”" + missingRow);
        }
        return out.toString();
    }

    private String labels() {
        StringJoiner out = new StringJoiner("、", "（", "）");
        for (Cell c : check.parts()) {
            out.add(c.rowLabel());
        }
        return out.toString();
    }
}
