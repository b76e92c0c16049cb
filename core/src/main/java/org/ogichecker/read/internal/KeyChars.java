package org.ogichecker.read.internal;

/**
 * Which of a few key characters a text holds, as a bit set found in one pass. The narrative's scans each
 * need a character (a digit for a figure, 其 of 其中, 申 of 申请 …) and most blocks hold none of them:
 * one pass per block and a bit test per scan replace a search of the whole block per scan.
 */
final class KeyChars {

    /** The key characters besides the digits. */
    static final String KEYS = "申复诉费收附表其";
    private static final String DIGITS = "0123456789";
    /**
     * The key character whose bit is {@code i}, 0 where none is. A character's bit is {@link #slot}: a
     * digit keeps its low six bits (48-57) and the other keys land elsewhere, each on its own bit.
     */
    private static final char[] AT_SLOT = new char[64];
    private static final long DIGIT_BITS;

    static {
        long digits = 0;
        for (char c : (DIGITS + KEYS).toCharArray()) {
            if (AT_SLOT[slot(c)] != 0) {
                throw new IllegalStateException(c + " and " + AT_SLOT[slot(c)] + " share a bit");
            }
            AT_SLOT[slot(c)] = c;
            digits |= DIGITS.indexOf(c) >= 0 ? 1L << slot(c) : 0;
        }
        DIGIT_BITS = digits;
    }

    private KeyChars() {
    }

    /** The key characters {@code s} holds. */
    static long of(String s) {
        long keys = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int slot = slot(c);
            if (AT_SLOT[slot] == c) {
                keys |= 1L << slot;
            }
        }
        return keys;
    }

    /** Whether the set holds {@code c}, one of {@link #KEYS}. */
    static boolean holds(long keys, char c) {
        if (AT_SLOT[slot(c)] != c || DIGITS.indexOf(c) >= 0) {
            throw new IllegalArgumentException("not a key: " + c);
        }
        return (keys >>> slot(c) & 1) != 0;
    }

    /** Whether the set holds a digit [0-9]. */
    static boolean holdsDigit(long keys) {
        return (keys & DIGIT_BITS) != 0;
    }

    private static int slot(char c) {
        return (c ^ c >>> 9) & 63;
    }
}
