package org.ogichecker.read.internal;

/** Character tests the readers' hand-written scans share (they stand for regex classes, hence ASCII only). */
final class Chars {

    private Chars() {
    }

    /** {@code [0-9]}. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of java.util.regex: space, \t, \n, \u000B, \f, \r. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
