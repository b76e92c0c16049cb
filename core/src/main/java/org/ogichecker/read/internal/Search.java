package org.ogichecker.read.internal;

/**
 * Where a word stands in a text, found through its first character: the JDK searches UTF-16 text for a character
 * several times faster than for a string, and the parsers test every paragraph line for their key words.
 */
final class Search {

    private Search() {
    }

    /** {@code s.indexOf(word, from)}. */
    static int indexOf(String s, String word, int from) {
        char first = word.charAt(0);
        for (int i = s.indexOf(first, from); i >= 0; i = s.indexOf(first, i + 1)) {
            if (s.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s.indexOf(word)}. */
    static int indexOf(String s, String word) {
        return indexOf(s, word, 0);
    }
}
