package org.ogichecker.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Groups of plain words, and which groups have a word in a text: what {@code find()} of a regex alternation
 * {@code A|B|C} per group answers, but each position of the text costs one table look-up instead of a try of every
 * word, and the search stops once every group is found. Shared by the reader and the rule helpers; not public API.
 */
public final class WordGroups {

    /** A word and the index of its group. */
    private record Word(String word, int group) {
    }

    /** The first characters of the words, as a string and as a set, and for each the words that start with it. */
    private final String firstChars;
    private final BitSet firstCharSet = new BitSet();
    /** Arrays rather than lists: {@link #startingAt} runs at every first character of every text, without an iterator. */
    private final Word[][] byFirstChar;
    private final int all;
    /**
     * From this length on, the text is searched once per first character with {@link String#indexOf}, which passes
     * over the other characters faster than a test of each; a short text (a heading, a label) has fewer characters
     * than the words have first characters, and is scanned once.
     */
    private static final int LONG_TEXT = 200;

    /** @param groups at most 32 groups of plain, non-empty words */
    public WordGroups(List<List<String>> groups) {
        if (groups.size() > Integer.SIZE) {
            throw new IllegalArgumentException("more than " + Integer.SIZE + " groups");
        }
        StringBuilder firsts = new StringBuilder();
        List<List<Word>> byFirst = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String w : groups.get(g)) {
                if (w.isEmpty() || w.chars().anyMatch(c -> "\\[](){}|.*+?^$".indexOf(c) >= 0)) {
                    throw new IllegalArgumentException("not a plain word: '" + w + "'");
                }
                int at = firsts.indexOf(w.substring(0, 1));
                if (at < 0) {
                    at = firsts.length();
                    firsts.append(w.charAt(0));
                    byFirst.add(new ArrayList<>());
                }
                byFirst.get(at).add(new Word(w, g));
                firstCharSet.set(w.charAt(0));
            }
        }
        this.firstChars = firsts.toString();
        this.byFirstChar = byFirst.stream().map(l -> l.toArray(Word[]::new)).toArray(Word[][]::new);
        this.all = (int) ((1L << groups.size()) - 1);
    }

    /**
     * One group of words written as the regex alternation they replace, {@code "A|B|C"}: the tests compare the
     * search with that regex.
     */
    public static WordGroups alternation(String words) {
        return new WordGroups(List.of(Arrays.asList(words.split("\\|", -1))));
    }

    /** The groups (bit {@code 1 << index}) that have a word in {@code s}. */
    public int found(String s) {
        int groups = 0;
        if (s.length() >= LONG_TEXT) {
            for (int f = 0; f < firstChars.length() && groups != all; f++) {
                char c = firstChars.charAt(f);
                for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
                    groups |= startingAt(s, i, s.length(), byFirstChar[f]);
                }
            }
            return groups;
        }
        return found(s, 0, s.length());
    }

    /** Whether {@code s} holds a word of some group. */
    public boolean in(String s) {
        return found(s) != 0;
    }

    /** Whether {@code s.substring(from, to)} holds a word of some group, without making the substring. */
    public boolean in(String s, int from, int to) {
        return found(s, from, to) != 0;
    }

    /** The groups that have a word in {@code s.substring(from, to)}, scanning it once. */
    private int found(String s, int from, int to) {
        int groups = 0;
        for (int i = from; i < to && groups != all; i++) {
            char c = s.charAt(i);
            if (firstCharSet.get(c)) {
                groups |= startingAt(s, i, to, byFirstChar[firstChars.indexOf(c)]);
            }
        }
        return groups;
    }

    /** The groups of the words that occur in {@code s} at {@code i} and end by {@code to}. */
    private static int startingAt(String s, int i, int to, Word[] words) {
        int groups = 0;
        for (Word w : words) {
            if (i + w.word().length() <= to && s.startsWith(w.word(), i)) {
                groups |= 1 << w.group();
            }
        }
        return groups;
    }
}
