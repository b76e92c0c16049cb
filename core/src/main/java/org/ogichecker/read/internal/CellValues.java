package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ogichecker.layout.Labels;
import org.ogichecker.model.CellState;
import org.ogichecker.text.Texts;
import org.ogichecker.text.internal.Chars;

/** Reads what a table cell holds: a number (possibly with a unit), a blank placeholder, or something else. */
final class CellValues {

    /**
     * A parsed cell: state and the number when there is one. The text as printed is not kept here: most cells
     * read are labels and units, and only the cells of the chosen layout need it ({@link #strip}).
     */
    record Value(CellState state, BigDecimal number) {
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
    /** A blank cell, also what a cell that is not printed at all holds. */
    static final Value BLANK = new Value(CellState.BLANK, null);
    /** What a cell holds that is neither a number nor blank, such as a label. */
    static final Value INVALID = new Value(CellState.INVALID, null);
    /** The numbers most cells hold, read once: the ones BigDecimal.valueOf has ready too. */
    private static final Value[] SMALL = IntStream.rangeClosed(0, 10)
            .mapToObj(n -> new Value(CellState.NUMBER, BigDecimal.valueOf(n))).toArray(Value[]::new);
    /** Dashes and slashes are, like 无, how reports leave a cell empty. */
    static final String BLANK_MARKS = "-—–―─/\\";
    /** The characters besides digits that a number or a blank starts with: a sign, a blank mark, 无. */
    private static final String NUMBER_OR_BLANK_STARTS = "+-\u2212" + BLANK_MARKS + "无";
    /** The characters besides digits that {@link #parse} reads as a number or a blank. */
    private static final String NUMBER_OR_BLANK_CHARS = "+-\u2212,." + BLANK_MARKS + "无" + String.join("", UNITS);

    private CellValues() {
    }

    /** True when {@code text} is one of the {@link #UNITS} alone (a table's column of units). */
    static boolean isUnit(String text) {
        return UNITS.contains(text);
    }

    /** What a printed cell holds when it is plain digits between spaces, as most cells are; else null. */
    static Value plainNumber(String printed) {
        int from = stripStart(printed);
        int to = stripEnd(printed, from);
        return isDigits(printed, from, to) ? number(printed, from, to) : null;
    }

    /** What a cell holds, from its {@link Texts#compact} text (the spaces {@link #strip} removes are among those). */
    static Value parse(String compact) {
        String c = compact.replace('\u2212', '-');
        if (isDigits(c, 0, c.length())) {
            return number(c, 0, c.length()); // full-width digits, digits with spaces between
        }
        if (isBlank(c)) {
            return BLANK;
        }
        if (mayBeNumber(c)) {
            var m = NUMBER.matcher(c);
            if (m.matches()) {
                return new Value(CellState.NUMBER, new BigDecimal(m.group(1).replace(",", "").replace("+", "")));
            }
        }
        return INVALID;
    }

    /**
     * True when {@link #parse} of a text is {@link #INVALID}, known from its {@link Labels#key label key} (the
     * compact text with quotes made '"' and trailing colons cut, neither a character a number or blank has): the
     * key has a character that no number or blank mark has, as most labels at their first character; or it has
     * none a number or blank can start with, as units such as 条 and 万元.
     */
    static boolean isText(String key) {
        boolean start = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Chars.isDigit(c) || NUMBER_OR_BLANK_STARTS.indexOf(c) >= 0) {
                start = true;
            } else if (NUMBER_OR_BLANK_CHARS.indexOf(c) < 0) {
                return true;
            }
        }
        return !start && !key.isEmpty();
    }

    /** {@link String#strip}, without its code point lookups for the many cells that have nothing to strip. */
    static String strip(String s) {
        int from = stripStart(s);
        int to = stripEnd(s, from);
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    private static int stripStart(String s) {
        int from = 0;
        while (from < s.length() && isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int stripEnd(String s, int from) {
        int to = s.length();
        while (to > from && isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** {@link String#isBlank}, likewise. */
    static boolean isWhitespaceOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link Character#isWhitespace}: up to the space, \t to \r, U+001C to U+001F and the space itself; no character
     * between the space and U+1680 is whitespace (digits, most punctuation) and none above the ideographic space
     * is (most cells are ideographs), and no surrogate is, so testing a string char by char agrees with String's
     * test by code point.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c >= '\u001c' || c >= '\t' && c <= '\r';
        }
        // the ideographic space pads many cells: no table lookup for it
        return c >= '\u1680' && c <= '\u3000' && (c == '\u3000' || Character.isWhitespace(c));
    }

    /** What {@link #NUMBER} reads from plain digits, from a long when it fits (cheaper to read). */
    private static Value number(String s, int from, int to) {
        if (to - from > 18) {
            return new Value(CellState.NUMBER, new BigDecimal(s.substring(from, to)));
        }
        long n = Long.parseLong(s, from, to, 10);
        return n < SMALL.length ? SMALL[(int) n] : new Value(CellState.NUMBER, BigDecimal.valueOf(n));
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
        return (first == '+' || first == '-' || Chars.isDigit(first)) && (Chars.isDigit(last) || UNIT_ENDS.indexOf(last) >= 0);
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }
}
