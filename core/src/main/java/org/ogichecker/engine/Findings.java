package org.ogichecker.engine;

import java.math.BigDecimal;
import org.kie.api.runtime.rule.RuleContext;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Section;

/**
 * The one way a rule consequence reports: {@code Findings.of(kcontext).at(...).report(zh, en)}.
 * The rule id, requirement, severity, basis and title come from the firing rule's metadata (its {@link RuleInfo},
 * read once when the checker starts), so a consequence states only where and what.
 */
public final class Findings {

    /** Name of the global every rule file declares: {@code global org.ogichecker.engine.FindingSink findings;}. */
    public static final String GLOBAL = "findings";

    private Findings() {
    }

    public static Builder of(RuleContext kcontext) {
        FindingSink sink = (FindingSink) kcontext.getKieRuntime().getGlobal(GLOBAL);
        return new Builder(sink, sink.rule(kcontext.getRule().getName()));
    }

    /** Formats a number without a trailing ".0" or exponent: 3, 3.5, 0.25. */
    public static String num(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    /** Builds one finding; {@link #report} adds it. */
    public static final class Builder {
        private final FindingSink sink;
        private final RuleInfo rule;
        private String section;
        private String table;
        private String row;
        private String column;
        private int line;
        private String evidence;
        private String expected;
        private String actual;

        private Builder(FindingSink sink, RuleInfo rule) {
            this.sink = sink;
            this.rule = rule;
        }

        public Builder section(String s) {
            section = s;
            return this;
        }

        public Builder section(Section s) {
            if (s != null) {
                section = s.number() + (s.level() == 1 ? "、" : "") + s.heading();
                if (line == 0) {
                    line = s.line();
                }
            }
            return this;
        }

        public Builder table(String t) {
            table = t;
            return this;
        }

        public Builder row(String r) {
            row = r;
            return this;
        }

        public Builder column(String c) {
            column = c;
            return this;
        }

        public Builder line(int l) {
            line = l;
            return this;
        }

        /** Table, row, column and line of a cell; its raw text becomes the evidence unless set. */
        public Builder at(Cell c) {
            table = c.table();
            row = c.rowLabel();
            column = c.columnLabel();
            line = c.line();
            if (evidence == null) {
                evidence = c.rowLabel() + " / " + c.columnLabel() + ": " + (c.raw().isEmpty() ? "(空)" : c.raw());
            }
            return this;
        }

        public Builder evidence(String e) {
            evidence = e;
            return this;
        }

        public Builder expected(Object e) {
            expected = e == null ? null : e instanceof BigDecimal b ? num(b) : e.toString();
            return this;
        }

        public Builder actual(Object a) {
            actual = a == null ? null : a instanceof BigDecimal b ? num(b) : a.toString();
            return this;
        }

        /** Adds the finding with its message in Chinese and in English. */
        public void report(String zh, String en) {
            sink.add(new Finding(rule.id(), rule.requirement(), rule.severity(), rule.basis(), rule.title(),
                    zh, en, new Location(section, table, row, column, line), evidence, expected, actual));
        }
    }
}
