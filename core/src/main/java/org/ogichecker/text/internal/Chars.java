package org.ogichecker.text.internal;

/**
 * Character tests that the hand-written scans of the readers and the rule helpers share (most stand for regex
 * classes, hence ASCII only).
 */
public final class Chars {

    private Chars() {
    }

    /** {@code [0-9]}. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of java.util.regex: space, \t, \n, \u000B, \f, \r. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Whether {@code s} holds one of the characters: a cheap test before a search or a regex that needs one. */
    public static boolean holdsAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
