package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups of words, and which groups have a word in a text, found in one pass over it: a word list searched
 * word by word scans a long text once per word it does not contain.
 */
final class WordGroups {

    /** A word and the index of its group. */
    private record Word(String word, int group) {
    }

    /** The first characters of the words, and for each the words that start with it. */
    private final String firstChars;
    private final List<List<Word>> byFirstChar;

    /** @param groups at most 32 groups of non-empty words */
    WordGroups(List<List<String>> groups) {
        if (groups.size() > Integer.SIZE) {
            throw new IllegalArgumentException("more than " + Integer.SIZE + " groups");
        }
        StringBuilder firsts = new StringBuilder();
        List<List<Word>> byFirst = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String w : groups.get(g)) {
                int at = firsts.indexOf(w.substring(0, 1));
                if (at < 0) {
                    at = firsts.length();
                    firsts.append(w.charAt(0));
                    byFirst.add(new ArrayList<>());
                }
                byFirst.get(at).add(new Word(w, g));
            }
        }
        this.firstChars = firsts.toString();
        this.byFirstChar = byFirst.stream().map(List::copyOf).toList();
    }

    /** The groups (bit {@code 1 << index}) that have a word in {@code s}. */
    int found(String s) {
        int groups = 0;
        for (int i = 0; i < s.length(); i++) {
            int first = firstChars.indexOf(s.charAt(i));
            if (first >= 0) {
                for (Word w : byFirstChar.get(first)) {
                    if (s.startsWith(w.word(), i)) {
                        groups |= 1 << w.group();
                    }
                }
            }
        }
        return groups;
    }
}
