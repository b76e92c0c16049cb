package org.ogichecker.read.internal;

/** Chinese numerals as used in headings (一 … 九十九) and in dates (二〇一九年一月十五日). */
final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** One of 一 … 十, the characters of a heading's numeral (一、, (二), 十一、). */
    static boolean isHeadingNumeral(char c) {
        return c == '十' || DIGITS.indexOf(c) > 0; // > 0: not 〇
    }

    /** 一 = 1 … 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23; −1 when not such a numeral. */
    static int value(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }

    /** Arabic digits, or 〇/零…九 read digit by digit (years), or a numeral with 十 (months, days). */
    static int number(String s) {
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        if (s.indexOf('十') >= 0) {
            return value(s);
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return s.isEmpty() ? -1 : v;
    }

    private static int digit(char c) {
        return c == '零' ? 0 : DIGITS.indexOf(c);
    }
}
