package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Consecutive paragraph lines (normalised) read as one running text, so that a sentence wrapped over
 * two lines (PDF, page breaks) is matched as one; every position maps back to its source line.
 */
final class TextBlock {

    /** A heading line this short is only a heading: the text under it starts a new block. */
    private static final int SHORT_HEADING = 30;
    /** A numbered line the section reader did not take as a heading (一、 (一) 1. 1、) still is one. */
    private static final Pattern NUMBERED = Pattern.compile("(?:[一二三四五六七八九十]{1,3}[、.]|\\([一二三四五六七八九十]{1,3}\\)|[0-9]{1,2}[.、](?![0-9]))");

    private final String text;
    private final int[] starts;
    private final int[] lines;
    /** The {@link KeyChars} the text holds. */
    private final long keys;

    private TextBlock(String text, int[] starts, int[] lines, long keys) {
        this.text = text;
        this.starts = starts;
        this.lines = lines;
        this.keys = keys;
    }

    String text() {
        return text;
    }

    /** Whether the text holds {@code c}, one of {@link KeyChars#KEYS}: a scan that needs it is not tried otherwise. */
    boolean holds(char c) {
        return KeyChars.holds(keys, c);
    }

    boolean holdsDigit() {
        return KeyChars.holdsDigit(keys);
    }

    /** The source line of the character at {@code pos}. */
    int lineAt(int pos) {
        int i = Arrays.binarySearch(starts, pos);
        return lines[i >= 0 ? i : -i - 2];
    }

    /**
     * Joins a line to the previous one when they are adjacent (blank lines between do not count), the
     * previous one does not end a sentence, and neither is a heading line on its own.
     */
    static List<TextBlock> of(List<TextLine> paragraphs, BitSet headingLines) {
        List<TextBlock> out = new ArrayList<>();
        Builder cur = new Builder();
        int lastSeen = Integer.MIN_VALUE;
        for (TextLine l : paragraphs) {
            String n = l.text();
            boolean adjacent = l.number() == lastSeen + 1;
            lastSeen = l.number();
            if (n.isEmpty()) {
                continue;
            }
            boolean shortLine = n.length() <= SHORT_HEADING;
            boolean heading = headingLines.get(l.number())
                    || shortLine && mayBeNumbered(n.charAt(0)) && NUMBERED.matcher(n).lookingAt();
            if (cur.size > 0 && !(adjacent && cur.open && !heading)) {
                out.add(cur.build());
            }
            cur.append(n, l.number());
            cur.open = !endsSentence(n) && !(heading && shortLine);
        }
        if (cur.size > 0) {
            out.add(cur.build());
        }
        return out;
    }

    /** The first character of a {@link #NUMBERED} line (most lines have another: the pattern is not tried). */
    private static boolean mayBeNumbered(char c) {
        return c == '(' || c >= '0' && c <= '9' || Numerals.isHeadingNumeral(c);
    }

    private static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i > 0 && ")”’》」』\"'".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return "。!?;:".indexOf(s.charAt(i)) >= 0;
    }

    /** Builds one block after the other. */
    private static final class Builder {
        /** The starts of a one-line block: shared, a block never changes them. */
        private static final int[] ONE_LINE = {0};

        /** The text while the block is one line, as most are: it is not copied then. */
        private String single;
        private StringBuilder text;
        private int[] starts = new int[4];
        private int[] lines = new int[4];
        private int size;
        private long keys;
        private boolean open;

        void append(String s, int line) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            if (size == 0) {
                single = s;
            } else {
                if (text == null) {
                    text = new StringBuilder(single);
                }
                if (isAsciiAlnum(text.charAt(text.length() - 1)) && isAsciiAlnum(s.charAt(0))) {
                    // keep "2018" + "12" apart: a number is not split over lines, two numbers are
                    text.append(' ');
                }
                starts[size] = text.length();
                text.append(s);
            }
            lines[size] = line;
            size++;
            keys |= KeyChars.of(s);
        }

        /** The block of the lines appended since the last one; the builder is empty again. */
        TextBlock build() {
            TextBlock b = size == 1 ? new TextBlock(single, ONE_LINE, new int[] {lines[0]}, keys)
                    : new TextBlock(text.toString(), Arrays.copyOf(starts, size), Arrays.copyOf(lines, size), keys);
            single = null;
            text = null;
            size = 0;
            keys = 0;
            return b;
        }

        private static boolean isAsciiAlnum(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }
    }
}
