package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /** The units a number in a cell may carry. */
    private static final List<String> UNITS = List.of("万元", "元", "件", "条", "个", "人次", "人", "次", "篇", "项", "家", "份");
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?:" + String.join("|", UNITS) + ")?");
    /** The last characters of the {@link #UNITS}. */
    private static final String UNIT_ENDS = UNITS.stream().map(u -> u.substring(u.length() - 1)).distinct()
            .collect(Collectors.joining());
    /** A cell that is not printed at all: blank. */
    static final Value NOT_PRINTED = new Value(CellState.BLANK, null, "");
    /** Dashes and slashes are, like 无, how reports leave a cell empty. */
    private static final String BLANK_MARKS = "-—–―─/\\";

    private CellValues() {
    }

    /**
     * What a printed cell holds.
     *
     * @param compact gives {@link Texts#compact} of the cell, asked for only when the cell is not plain digits
     *                (most cells are), so that a caller that needs it for the label too computes it once
     */
    static Value parse(String printed, Supplier<String> compact) {
        String raw = printed.strip();
        if (isDigits(raw)) {
            return new Value(CellState.NUMBER, digits(raw), raw); // most cells
        }
        // the spaces stripped from the ends are among those compact removes anyway
        String c = compact.get().replace('\u2212', '-');
        if (isDigits(c)) {
            return new Value(CellState.NUMBER, digits(c), raw); // full-width digits, digits with spaces between
        }
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

    /** What {@link #NUMBER} reads from plain digits, from a long when it fits (cheaper to read). */
    private static BigDecimal digits(String digits) {
        return digits.length() <= 18 ? BigDecimal.valueOf(Long.parseLong(digits)) : new BigDecimal(digits);
    }

    private static boolean isBlank(String c) {
        for (int i = 0; i < c.length(); i++) {
            if (BLANK_MARKS.indexOf(c.charAt(i)) < 0) {
                return c.equals("无");
            }
        }
        return true;
    }

    /**
     * What {@link #NUMBER} needs at the ends: a sign or a digit first, a digit or a unit last. Labels such as
     * 1.属于国家秘密 fail here without running the pattern.
     */
    private static boolean mayBeNumber(String c) {
        if (c.isEmpty()) {
            return false;
        }
        char first = c.charAt(0);
        char last = c.charAt(c.length() - 1);
        return (first == '+' || first == '-' || isDigit(first)) && (isDigit(last) || UNIT_ENDS.indexOf(last) >= 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
