package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ogichecker.text.internal.Chars;

/**
 * Finds the numbers followed by a measure word in one linear pass. Everything else that has digits is
 * skipped: years and dates (年/月/日 are not measure words), document and article numbers (号, 第N),
 * percentages, phone numbers, postcodes, URLs and e-mail addresses (no measure word, or digits glued to
 * '-', '/', '@', letters). Approximate numbers (7700余条, 150多篇, 约50人, 100条以上) are not figures:
 * nothing exact can be checked against them.
 */
final class FigureScanner {

    /** How far the words around a figure reach at most. */
    static final int CONTEXT = 60;

    private static final int MAX_DIGITS = 15;
    private static final String[] LONG_UNITS = {"人次", "万元", "亿元", "千元", "小时"};
    /** The first character of each of {@link #LONG_UNITS}, index for index (no two share one). */
    private static final String LONG_UNIT_FIRSTS = edgeChars(LONG_UNITS, false);
    private static final String UNITS = "条件次篇个人名位期家项元场份批起宗则部所户天封册套台处类张页例";
    /** Each of {@link #UNITS} as a string, made once: not a new string (and hash) for every figure. */
    private static final String[] UNIT_STRINGS = UNITS.chars().mapToObj(Character::toString).toArray(String[]::new);
    private static final String[] APPROX_AFTER = {"左右", "以上", "以下", "以内", "上下", "多", "余"};
    private static final String[] APPROX_BEFORE = {"约", "近", "逾", "超过", "不少于", "不低于", "不足", "不到"};
    /** The first characters of {@link #APPROX_AFTER} and the last of {@link #APPROX_BEFORE}: most figures have none. */
    private static final String APPROX_AFTER_FIRSTS = edgeChars(APPROX_AFTER, false);
    private static final String APPROX_BEFORE_LASTS = edgeChars(APPROX_BEFORE, true);
    /** Characters that glue a number to an identifier, a phone number, a URL or a date. */
    private static final String GLUE_BEFORE = "@/\\-_.#&=~+—–−〔[第";
    private static final String GLUE_AFTER = "@/\\-_.:%‰—–−";

    private FigureScanner() {
    }

    static List<FigureHit> scan(String s) {
        List<int[]> spans = new ArrayList<>();
        List<String> units = new ArrayList<>();
        int n = s.length();
        char[] chars = s.toCharArray(); // the search for digits is faster on an array than with charAt
        int i = 0;
        while (i < n) {
            if (!Chars.isDigit(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int end = numberEnd(s, start);
            i = end;
            int unitStart = skipSpaces(s, end);
            String unit = unitAt(s, unitStart);
            if (unit != null && isFigure(s, start, end, unitStart + unit.length())) {
                spans.add(new int[] {start, end, unitStart + unit.length()});
                units.add(unit);
            }
        }
        List<FigureHit> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            int[] sp = spans.get(k);
            int prevEnd = k > 0 ? spans.get(k - 1)[2] : 0;
            int nextStart = k + 1 < spans.size() ? spans.get(k + 1)[0] : n;
            // the clause, but no further than the figures around: the bounds are not looked for past them
            int localStart = Math.max(Clauses.clauseStart(s, sp[0], Math.min(CONTEXT, sp[0] - prevEnd)), prevEnd);
            int afterEnd = Math.min(Clauses.clauseEnd(s, sp[2], Math.min(CONTEXT, nextStart - sp[2])), nextStart);
            BigDecimal value = new BigDecimal(s.substring(sp[0], sp[1]).replace(",", ""));
            out.add(new FigureHit(sp[0], sp[1], sp[2], value, units.get(k), localStart, afterEnd));
        }
        return out;
    }

    /** Digits, thousands groups (1,234) when the first group is short enough, then decimals. */
    private static int numberEnd(String s, int start) {
        int n = s.length();
        int j = start;
        while (j < n && Chars.isDigit(s.charAt(j))) {
            j++;
        }
        if (j - start <= 3) {
            while (j + 3 < n && s.charAt(j) == ',' && Chars.isDigit(s.charAt(j + 1)) && Chars.isDigit(s.charAt(j + 2))
                    && Chars.isDigit(s.charAt(j + 3)) && (j + 4 == n || !Chars.isDigit(s.charAt(j + 4)))) {
                j += 4;
            }
        }
        if (j + 1 < n && s.charAt(j) == '.' && Chars.isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && Chars.isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean isFigure(String s, int start, int end, int unitEnd) {
        if (end - start > MAX_DIGITS) {
            return false;
        }
        if (start > 0) {
            char p = s.charAt(start - 1);
            if (isAsciiLetter(p) || GLUE_BEFORE.indexOf(p) >= 0) {
                return false;
            }
        }
        if (end < s.length()) {
            char f = s.charAt(end);
            if (isAsciiLetter(f) || GLUE_AFTER.indexOf(f) >= 0) {
                return false;
            }
        }
        if (unitEnd < s.length()) {
            if (wordStarts(s.charAt(unitEnd - 1)).indexOf(s.charAt(unitEnd)) >= 0) {
                return false;
            }
        }
        if (unitEnd < s.length() && APPROX_AFTER_FIRSTS.indexOf(s.charAt(unitEnd)) >= 0) {
            for (String a : APPROX_AFTER) {
                if (s.startsWith(a, unitEnd)) {
                    return false;
                }
            }
        }
        int b = start;
        while (b > 0 && s.charAt(b - 1) == ' ') {
            b--;
        }
        if (b > 0 && APPROX_BEFORE_LASTS.indexOf(s.charAt(b - 1)) >= 0) {
            for (String a : APPROX_BEFORE) {
                if (b >= a.length() && s.startsWith(a, b - a.length())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A measure word followed by one of these characters starts a word instead (条例, 项目, 部门 …). */
    private static String wordStarts(char unit) {
        return switch (unit) {
            case '条' -> "例款";
            case '项' -> "目";
            case '部' -> "门分署长";
            case '期' -> "间限";
            case '元' -> "旦";
            case '处' -> "理室";
            case '名' -> "单称";
            case '人' -> "民";
            case '类' -> "型别";
            case '家' -> "庭";
            default -> "";
        };
    }

    private static String unitAt(String s, int p) {
        if (p >= s.length()) {
            return null;
        }
        char c = s.charAt(p);
        int longUnit = LONG_UNIT_FIRSTS.indexOf(c);
        if (longUnit >= 0 && s.startsWith(LONG_UNITS[longUnit], p)) {
            return LONG_UNITS[longUnit];
        }
        int unit = UNITS.indexOf(c);
        return unit >= 0 ? UNIT_STRINGS[unit] : null;
    }

    /** Up to two spaces may stand between a number and its unit ("54 条"). */
    private static int skipSpaces(String s, int p) {
        int stop = Math.min(s.length(), p + 2);
        while (p < stop && s.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    /** The first (or the last) character of each word, index for index. */
    private static String edgeChars(String[] words, boolean last) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(w.charAt(last ? w.length() - 1 : 0));
        }
        return b.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
