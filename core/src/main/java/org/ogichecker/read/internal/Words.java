package org.ogichecker.read.internal;

import java.util.BitSet;
import java.util.List;

/**
 * A fixed set of plain words, and whether a text holds one of them: what {@code find()} of the regex alternation
 * {@code A|B|C} answers, but each position costs one table look-up instead of a try of every word.
 */
final class Words {

    private final List<String> words;
    private final BitSet firsts = new BitSet();

    /** @param alternation the words separated by {@code |}, with no other regex syntax */
    Words(String alternation) {
        words = List.of(alternation.split("\\|"));
        for (String w : words) {
            if (w.isEmpty() || w.chars().anyMatch(c -> "\\[](){}.*+?^$".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not a plain word: '" + w + "'");
            }
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
            if (firsts.get(s.charAt(i))) {
                for (String w : words) {
                    if (i + w.length() <= to && s.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
