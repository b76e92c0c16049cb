package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.ogichecker.model.CellState;
import org.ogichecker.text.Texts;

/** Reads what a table cell holds: a number (possibly with a unit), a blank placeholder, or something else. */
final class CellValues {

    /** A parsed cell: state, the number when there is one, and the printed text trimmed. */
    record Value(CellState state, BigDecimal number, String raw) {
        boolean isNumber() {
            return state == CellState.NUMBER;
        }

        boolean isBlank() {
            return state == CellState.BLANK;
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?:万元|元|件|条|个|人次|人|次|篇|项|家|份)?");
    /** A cell that is not printed at all: blank. */
    static final Value NOT_PRINTED = new Value(CellState.BLANK, null, "");
    /** Dashes and slashes are, like 无, how reports leave a cell empty. */
    private static final String BLANK_MARKS = "-—–―─/\\";

    private CellValues() {
    }

    static Value parse(String printed) {
        String raw = printed == null ? "" : printed.strip();
        if (isDigits(raw)) {
            return new Value(CellState.NUMBER, new BigDecimal(raw), raw); // most cells: what NUMBER would read
        }
        String c = Texts.compact(raw).replace('\u2212', '-');
        if (isBlank(c)) {
            return new Value(CellState.BLANK, null, raw);
        }
        if (mayBeNumber(c)) {
            var m = NUMBER.matcher(c);
            if (m.matches()) {
                return new Value(CellState.NUMBER, new BigDecimal(m.group(1).replace(",", "").replace("+", "")), raw);
            }
        }
        return new Value(CellState.INVALID, null, raw);
    }

    private static boolean isBlank(String c) {
        for (int i = 0; i < c.length(); i++) {
            if (BLANK_MARKS.indexOf(c.charAt(i)) < 0) {
                return c.equals("无");
            }
        }
        return true;
    }

    /** What {@link #NUMBER} needs first: a sign or a digit. */
    private static boolean mayBeNumber(String c) {
        return !c.isEmpty() && (c.charAt(0) == '+' || c.charAt(0) == '-' || c.charAt(0) >= '0' && c.charAt(0) <= '9');
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
