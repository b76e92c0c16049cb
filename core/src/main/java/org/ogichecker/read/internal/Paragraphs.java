package org.ogichecker.read.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The normalised paragraph lines, and the same lines joined by line ends into one text. The parsers look for their
 * key words in every line, and most lines hold none: one search of the joined text finds the few lines that do at a
 * fraction of the cost of a search per (short) line.
 */
final class Paragraphs {

    private final List<TextLine> lines;
    private final String joined;
    /** Where each line starts in {@link #joined}; one more entry, past its end. */
    private final int[] starts;

    /** @param lines non-blank normalised paragraph lines in order */
    Paragraphs(List<TextLine> lines) {
        this.lines = lines;
        String[] texts = new String[lines.size()];
        starts = new int[texts.length + 1];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = lines.get(i).text();
            starts[i + 1] = starts[i] + texts[i].length() + 1;
        }
        joined = String.join("\n", texts); // one exact allocation, unlike a builder or a new String(char[])
    }

    List<TextLine> lines() {
        return lines;
    }

    /**
     * The indexes in {@link #lines()} of the lines that hold at least one of the words (none holds a line end). A
     * word is looked for through its last character, by one scan for all the words that end in it: the key words
     * of a label mostly end it (日期, 时间), and their last characters are rarer than the first.
     */
    BitSet holding(List<String> words) {
        BitSet found = new BitSet(lines.size());
        for (int w = 0; w < words.size(); w++) {
            char last = last(words.get(w));
            if (endingIn(words, 0, w, last) >= 0) {
                continue; // scanned for already
            }
            for (int at = joined.indexOf(last); at >= 0; at = joined.indexOf(last, at + 1)) {
                if (endAt(words, w, at) >= 0) {
                    int line = lineAt(at);
                    found.set(line);
                    at = starts[line + 1] - 1; // the rest of the line need not be searched
                }
            }
        }
        return found;
    }

    private static char last(String word) {
        return word.charAt(word.length() - 1);
    }

    /** The index of the first of {@code words[from, to)} that ends in {@code last}, or -1. */
    private static int endingIn(List<String> words, int from, int to, char last) {
        for (int i = from; i < to; i++) {
            if (last(words.get(i)) == last) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a word from {@code from} on that ends at {@code at} of the joined text, or -1. */
    private int endAt(List<String> words, int from, int at) {
        char last = joined.charAt(at);
        for (int i = endingIn(words, from, words.size(), last); i >= 0; i = endingIn(words, i + 1, words.size(), last)) {
            String w = words.get(i);
            if (joined.startsWith(w, at - w.length() + 1)) {
                return i;
            }
        }
        return -1;
    }

    private int lineAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
