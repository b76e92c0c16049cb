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
    /** Dashes, slashes and 无 are how reports leave a cell empty. */
    private static final Pattern BLANK = Pattern.compile("[-—–―─/\\\\]*|无");

    private CellValues() {
    }

    static Value parse(String printed) {
        String raw = printed == null ? "" : printed.strip();
        if (isDigits(raw)) {
            return new Value(CellState.NUMBER, new BigDecimal(raw), raw); // most cells: what NUMBER would read
        }
        String c = Texts.compact(raw).replace('\u2212', '-');
        if (BLANK.matcher(c).matches()) {
            return new Value(CellState.BLANK, null, raw);
        }
        var m = NUMBER.matcher(c);
        if (m.matches()) {
            return new Value(CellState.NUMBER, new BigDecimal(m.group(1).replace(",", "").replace("+", "")), raw);
        }
        return new Value(CellState.INVALID, null, raw);
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
