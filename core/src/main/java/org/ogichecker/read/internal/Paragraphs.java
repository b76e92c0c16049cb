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

    /** The indexes in {@link #lines()} of the lines that hold at least one of the words (none holds a line end). */
    BitSet holding(List<String> words) {
        BitSet found = new BitSet(lines.size());
        for (String w : words) {
            for (int at = Search.indexOf(joined, w); at >= 0; ) {
                int line = lineAt(at);
                found.set(line);
                at = Search.indexOf(joined, w, starts[line + 1]);
            }
        }
        return found;
    }

    private int lineAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
