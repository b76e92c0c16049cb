package org.ogichecker.read.internal;

import java.util.BitSet;

/**
 * A fixed set of plain words, and whether a text holds one of them: what {@code find()} of the regex alternation
 * {@code A|B|C} answers, but each position costs one table look-up instead of a try of every word.
 */
final class Words {

    private final String[] words;
    /** The first character of each word, index for index: compared before the word is. */
    private final char[] firstOf;
    private final BitSet firsts = new BitSet();

    /** @param alternation the words separated by {@code |}, with no other regex syntax */
    Words(String alternation) {
        words = alternation.split("\\|");
        firstOf = new char[words.length];
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (w.isEmpty() || w.chars().anyMatch(c -> "\\[](){}.*+?^$".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not a plain word: '" + w + "'");
            }
            firstOf[k] = w.charAt(0);
            firsts.set(w.charAt(0));
        }
    }

    /** Whether {@code s} holds one of the words. */
    boolean in(String s) {
        return in(s, 0, s.length());
    }

    /** Whether {@code s.substring(from, to)} holds one of the words, without making the substring. */
    boolean in(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (firsts.get(c)) {
                for (int k = 0; k < words.length; k++) {
                    if (firstOf[k] == c && i + words[k].length() <= to && s.startsWith(words[k], i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
