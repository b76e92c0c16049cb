package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups of words, and which groups have a word in a text: the text is searched once per first character of the
 * words rather than once per word (a topic an overview lacks was searched for each of its words), and only until
 * every group is found.
 */
final class WordGroups {

    /** A word and the index of its group. */
    private record Word(String word, int group) {
    }

    /** The first characters of the words, and for each the words that start with it and the groups of those. */
    private final String firstChars;
    private final List<List<Word>> byFirstChar;
    private final int[] groupsByFirstChar;
    private final int all;

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
        this.groupsByFirstChar = byFirstChar.stream()
                .mapToInt(ws -> ws.stream().mapToInt(w -> 1 << w.group()).reduce(0, (a, b) -> a | b)).toArray();
        this.all = Arrays.stream(groupsByFirstChar).reduce(0, (a, b) -> a | b);
    }

    /** The groups (bit {@code 1 << index}) that have a word in {@code s}. */
    int found(String s) {
        int groups = 0;
        for (int f = 0; f < firstChars.length() && groups != all; f++) {
            if ((groupsByFirstChar[f] & ~groups) == 0) {
                continue; // its words can only name groups already found
            }
            char c = firstChars.charAt(f);
            for (int i = s.indexOf(c); i >= 0 && (groupsByFirstChar[f] & ~groups) != 0; i = s.indexOf(c, i + 1)) {
                for (Word w : byFirstChar.get(f)) {
                    if (s.startsWith(w.word(), i)) {
                        groups |= 1 << w.group();
                    }
                }
            }
        }
        return groups;
    }
}
