package org.ogichecker.testing;

import java.util.List;
import java.util.Random;

/**
 * Random texts made of given pieces, for the tests that compare a scan with the regular expression or the plainer
 * code it replaced: the pieces are the words and characters the scan looks for, so that the texts reach its cases.
 * Seeded, hence the same texts on every run.
 */
public final class RandomTexts {

    private final List<String> pieces;
    private final Random random;

    public RandomTexts(long seed, List<String> pieces) {
        this.pieces = List.copyOf(pieces);
        this.random = new Random(seed);
    }

    /** Pieces of one character each, lone surrogates included. */
    public static RandomTexts ofChars(long seed, String chars) {
        return new RandomTexts(seed, chars.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    /** A text of {@code min} to {@code max} pieces (inclusive), each drawn at random. */
    public String next(int min, int max) {
        StringBuilder b = new StringBuilder();
        for (int k = min + random.nextInt(max - min + 1); k > 0; k--) {
            b.append(pieces.get(random.nextInt(pieces.size())));
        }
        return b.toString();
    }
}
